/**
 * Characters a file name must not carry: path separators, control characters (C0, DEL, C1) and
 * the bidirectional controls (LRE…RLO, LRI…PDI, LRM/RLM, ALM) that make `hồ-sơ‮fdp.exe` read as
 * `hồ-sơexe.pdf` in a file list or a browser's download bar; and U+FFFD, what bytes that were not text
 * (a `filename*` of broken percent-encoding) decode to.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const unsafe = /[\\/\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd]/g;

/**
 * A file's name as people gave it (NFC), without path separators, control or bidi characters; `fallback` when nothing
 * is left, or before the extension when only that is (`tep.pdf`, not `.pdf`).
 */
export function cleanFileName(name: string, fallback: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(unsafe, (c) => (c === '/' || c === '\\' ? '_' : ''))
    .trim()
    .slice(0, 200);
  return !cleaned || cleaned.lastIndexOf('.') === 0 ? `${fallback}${cleaned}` : cleaned;
}
