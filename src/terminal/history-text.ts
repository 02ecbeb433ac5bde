// `waymark history` for a terminal: each plan's versions newest first, with their changes in words and the days either side.

import { fewCheckinsNote, gitStateWords, versionNote, windowWords } from '../history/history-words.js';
import type { HistoryVersion, PlanHistory } from '../history/plan-history.js';

type Painter = (style: 'bold' | 'dim' | 'yellow', text: string) => string;

export function historyText(history: PlanHistory, paint: Painter): string {
  const lines = [paint('bold', `${history.slug}: ${history.versions.length === 1 ? '1 version' : `${history.versions.length} versions`} of plan.md`)];
  const state = gitStateWords(history.git);
  if (state) lines.push(state);
  for (const version of [...history.versions].reverse()) lines.push('', ...versionLines(version, history.git === 'shallow', paint));
  return lines.join('\n');
}

function versionLines(version: HistoryVersion, shallow: boolean, paint: Painter): string[] {
  const lines = [`${paint('bold', version.date)}  ${version.commit === null ? '' : `${paint('dim', version.commit)}  `}${version.subject}`];
  const note = versionNote(version, shallow);
  if (note) lines.push(version.readable ? `  ${note}` : paint('yellow', `  ${note}`));
  for (const words of version.words) lines.push(`  ${words}`);
  if (version.review) lines.push(paint('dim', `  around the review of ${version.review}`));
  lines.push(`  28 days before: ${windowWords(version.before)}`);
  lines.push(`  after:          ${windowWords(version.after)} (${version.after.from} to ${version.after.to})`);
  const few = fewCheckinsNote(version.before, version.after);
  if (few) lines.push(paint('dim', `  ${few}`));
  return lines;
}
