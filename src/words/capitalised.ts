// A phrase that starts a heading, a column or a sentence: its first letter in capitals ("days of gambling" → "Days of gambling").

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
