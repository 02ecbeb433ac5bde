// The shared summary's stylesheet, inline in the file: plain on screen, and two A4 pages at most on paper.

export const SHARE_STYLE = `
:root { color-scheme: light; --ink: #1d2327; --muted: #555f66; --line: #c9d1d6; --free: #3f8f6b; --use: #b4491f; --unrecorded: #b9c2c8; --mood: #2b6cb0; --craving: #b4491f; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
header h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
header p { margin: 0; color: var(--muted); }
h2 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: .5rem 0 .25rem; }
p { margin: .3rem 0; }
.note, figcaption, caption { color: var(--muted); font-size: .85rem; }
caption { text-align: left; padding-bottom: .2rem; }
.figures { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 0 0 .5rem; }
.figures dt { font-size: .8rem; color: var(--muted); }
.figures dd { margin: 0; }
.figures .value { font-size: 1.3rem; font-weight: 600; }
.pair { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: flex-start; }
figure { margin: 0; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { padding: .1rem .6rem .1rem 0; text-align: left; border-bottom: 1px solid var(--line); font-weight: normal; }
thead th { font-weight: 600; }
td { font-variant-numeric: tabular-nums; }
svg { display: block; max-width: 100%; height: auto; }
.chart-label { font-size: 10px; fill: var(--muted); }
.chart-grid { stroke: var(--line); stroke-width: 1; }
.tl { stroke: var(--ink); stroke-width: .5; }
.tl-free { fill: var(--free); }
.tl-use { fill: var(--use); }
.tl-unrecorded { fill: var(--unrecorded); }
.tl-none { fill: #fff; stroke: var(--muted); stroke-width: 1; }
.tl-mark { fill: #fff; }
.key { display: inline-block; width: .8rem; height: .8rem; border: 1px solid var(--ink); border-radius: 2px; vertical-align: -.1rem; margin-left: .5rem; }
.key.tl-free { background: var(--free); }
.key.tl-use { background: var(--use); }
.key.tl-unrecorded { background: var(--unrecorded); }
.key.tl-none { background: #fff; }
.key.line-mood, .key.line-craving { height: 0; border: 0; border-top: 3px solid var(--mood); border-radius: 0; vertical-align: .2rem; }
.key.line-craving { border-top: 3px dashed var(--craving); }
.line-mood, .line-craving, .measure-line { fill: none; stroke-width: 2; }
.line-mood { stroke: var(--mood); }
.line-craving { stroke: var(--craving); stroke-dasharray: 5 3; }
.dot-mood { fill: var(--mood); }
.dot-craving { fill: var(--craving); }
.measure-line { stroke: var(--mood); }
.measure-point { fill: #fff; stroke: var(--mood); stroke-width: 1.75; }
.goal-list, .steps { list-style: none; padding: 0; margin: 0; }
.goal-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .25rem 1.5rem; }
.goal h3 { margin-bottom: 0; }
.badge { font-size: .75rem; font-weight: 600; border: 1px solid var(--ink); border-radius: 1rem; padding: 0 .4rem; white-space: nowrap; }
.steps > li > ul { margin: 0; padding-left: 1.2rem; }
.measure svg { width: 14rem; }
.recovery-top { display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: flex-start; }
.recovery-top .figures { max-width: 20rem; }
.crisis-body { columns: 2 18rem; column-gap: 2rem; }
.crisis-body h3 { break-after: avoid; }
footer { margin-top: 1.5rem; padding-top: .5rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .8rem; }
@page { size: A4; margin: 12mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 8.5pt; line-height: 1.25; }
  header h1 { font-size: 14pt; }
  h2 { font-size: 11pt; margin: .6rem 0 .3rem; break-after: avoid; }
  h3 { font-size: 9pt; margin: .3rem 0 .1rem; }
  p { margin: .15rem 0; }
  .figures .value { font-size: 12pt; }
  .goal-list { grid-template-columns: repeat(4, 1fr); }
  .recovery-top, .pair { flex-wrap: nowrap; gap: 1.2rem; }
  .recovery-top .figures { flex: 1; }
  .measure { flex: 1; display: flex; gap: .8rem; align-items: flex-start; }
  .measure svg { flex: none; width: 12rem; }
  .crisis-body { columns: 3; column-gap: 1.2rem; }
  .note, figcaption, caption, table { font-size: 7.5pt; }
  footer { margin-top: .8rem; font-size: 7.5pt; }
  section > .pair, figure, table, .goal, .measure, .steps > li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
