export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text from users as a cell value that a spreadsheet will never run as a formula: text starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`. Also NFC, and without the
 * control characters XML cannot carry.
 */
export function safeCellText(text: string): string {
  const clean = text.normalize('NFC').replace(XML_FORBIDDEN, '');
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}
