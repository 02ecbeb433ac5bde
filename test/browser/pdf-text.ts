// Reads back a PDF that Chromium printed, with Mozilla's pdf.js: how many sheets, and each sheet's text line by line, top to bottom.

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PrintedSheet {
  /** The sheet's lines of text, top to bottom, each the words at one height joined by spaces. */
  lines: string[];
}

export async function printedSheets(pdf: Uint8Array): Promise<PrintedSheet[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const sheets: PrintedSheet[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const rows = new Map<number, { x: number; text: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const y = Math.round(item.transform[5] as number);
      const row = rows.get(y) ?? [];
      row.push({ x: item.transform[4] as number, text: item.str.trim() });
      rows.set(y, row);
    }
    const lines = [...rows.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, row]) => row.sort((a, b) => a.x - b.x).map((part) => part.text).join(' ').replace(/\s+/g, ' '));
    sheets.push({ lines });
  }
  await document.destroy();
  return sheets;
}
