/**
 * CSV that opens cleanly in Excel (UX.md): UTF-8 with a byte order mark (so Excel does not
 * guess a code page and mangle "£" or accents), CRLF line ends, every field quoted, and a
 * cell that starts like a formula (= + - @, tab or carriage return) prefixed with an
 * apostrophe so a name like "=HYPERLINK(…)" shows as text instead of running.
 */

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted, with formula injection escaped. */
export function csvField(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A whole file: the BOM, the header row, then the rows, each line ended with CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Pence as pounds with two decimals, as a spreadsheet reads money: 4000 → "40.00". */
export const pounds = (pence: number): string => (pence / 100).toFixed(2);
