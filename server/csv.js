/**
 * CSV for spreadsheets (RFC 4180): every cell quoted, quotes doubled, CRLF between rows.
 * A cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, so opening the export never runs anything
 * (OWASP "CSV injection").
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * @param {unknown} value
 * @returns {string}
 */
export function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * @param {readonly string[]} header
 * @param {readonly (readonly unknown[])[]} rows
 * @returns {string}  ends with CRLF
 */
export function toCsv(header, rows) {
  return [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
