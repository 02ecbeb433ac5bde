// The shape every chart shares: an accessible SVG (role="img", a <title> and <desc> it is labelled by) and its figures as a table.

import { escapeHtml } from './escape-html.js';

/** The figures behind a chart, shown beside it as its text alternative. */
export interface FigureTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface Chart {
  /** Unique on its page; the SVG's title and description ids derive from it. */
  id: string;
  title: string;
  /** The chart's markup: built here from escaped text only, so templates may print it as it is. */
  svg: string;
  table: FigureTable;
}

export interface SvgFrame {
  id: string;
  title: string;
  /** One sentence saying what the chart shows, read out with the title. */
  description: string;
  width: number;
  height: number;
  /** Extra class names for the <svg> element. */
  className?: string;
}

/**
 * Wraps chart content (already escaped markup) in an `<svg>` labelled by its own title and description.
 * Its width and height are its size on a wide screen; the stylesheet lets it shrink to a phone's width (never grow), and
 * draws its words larger there so that they stay legible: a chart is designed for both (labels have room for either size).
 */
export function svgFrame(frame: SvgFrame, content: string): string {
  const titleId = `${frame.id}-title`;
  const descId = `${frame.id}-desc`;
  const className = ['chart', frame.className].filter(Boolean).join(' ');
  return (
    `<svg class="${className}" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${titleId}">${escapeHtml(frame.title)}</title><desc id="${descId}">${escapeHtml(frame.description)}</desc>${content}</svg>`
  );
}

/** An SVG text element with escaped content. */
export function svgText(x: number, y: number, text: string, attributes = ''): string {
  return `<text x="${round(x)}" y="${round(y)}"${attributes ? ` ${attributes}` : ''}>${escapeHtml(text)}</text>`;
}

/** Coordinates to two decimals at most, which keeps the markup short. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
