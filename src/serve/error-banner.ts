// While a save has errors, `waymark serve` shows them above the last good page, and the page reloads once they are fixed.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

export interface Problem {
  place: string;
  message: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The last good page at `urlPath` under `outDir` with the problems on top, or undefined when there is no such page. */
export function pageWithErrors(outDir: string, urlPath: string, problems: readonly Problem[]): string | undefined {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  if (relative.split(sep).includes('..')) return undefined;
  let file = join(outDir, relative);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.endsWith('.html') || !existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  const items = problems.map((p) => `<li><code>${escape(p.place)}</code>: ${escape(p.message)}</li>`).join('');
  const banner = `<div class="notice wrap" role="alert"><p><strong>Your last save has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} to fix.</strong> Until then, this is the site as it was before. The page updates by itself once the file is saved again.</p><ul>${items}</ul></div>`;
  const reload = '<script type="module" src="/.11ty/reload-client.js"></script>';
  return html.replace(/<body[^>]*>/, (body) => `${body}${banner}`).replace('</body>', `${reload}</body>`);
}
