#!/usr/bin/env node
// The `waymark` command: runs the compiled CLI in dist/ (built by `npm install` or `npm run build:ts`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('waymark: the program is not built yet. Run `npm install` (or `npm run build:ts`) in the Waymark folder, then try again.\n');
  process.exit(3);
}
const { main: run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
