/** BOM makes spreadsheets read the file as UTF-8 (Russian names included). */
export const BOM = '\uFEFF';

/** csvCell quotes a value when it holds a comma, quote, newline or leading/trailing space. */
export function csvCell(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  // Defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** buildCsv makes a CSV document (with BOM, CRLF line ends) from a header and rows. */
export function buildCsv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvRating {
  created_at: string;
  score: number;
  contact_name?: string;
  manager?: string;
  comment?: string;
  conversation_id: number | string;
}

/** ratingsCsv lays out ratings as date, score, contact, manager, comment, conversation. */
export function ratingsCsv(ratings: CsvRating[], conversationUrl: (id: number | string) => string): string {
  return buildCsv(
    ['date', 'score', 'contact', 'manager', 'comment', 'conversation'],
    ratings.map((r) => [r.created_at, r.score, r.contact_name ?? '', r.manager ?? '', r.comment ?? '', conversationUrl(r.conversation_id)]),
  );
}

/** downloadText saves text as a file in the browser. */
export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
