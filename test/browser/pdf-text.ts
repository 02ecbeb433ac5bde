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

/** A sheet drawn as pixels, as a printer would put it on paper (pdf.js with @napi-rs/canvas), at 96 pixels to the inch: one pixel per CSS px. */
export async function printedPixels(pdf: Uint8Array, sheet = 1): Promise<{ width: number; height: number; png: Buffer; darkness(x: number, y: number, width: number, height: number): number }> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const page = await document.getPage(sheet);
  const viewport = page.getViewport({ scale: 96 / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
  await document.destroy();
  return {
    width: canvas.width,
    height: canvas.height,
    png: canvas.toBuffer('image/png'),
    /** The share of pixels in the box darker than mid-grey. */
    darkness(x, y, width, height) {
      const { data } = context.getImageData(Math.round(x), Math.round(y), Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]! < 128) dark++;
      return dark / (data.length / 4);
    },
  };
}
