// Keeps a cell from running as a formula when a spreadsheet opens the file (CSV formula injection).

/** The characters a spreadsheet reads as the start of a formula, or that hide one after them. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `text` with a leading `'` when it starts like a formula: `=SUM(A1)` → `'=SUM(A1)`, `- a list` → `'- a list`. */
export function defuseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
