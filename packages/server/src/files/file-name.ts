/** A file's name as people gave it (NFC), without path separators or control characters; `fallback` when nothing is left. */
export function cleanFileName(name: string, fallback: string): string {
  return (
    name
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\\/\u0000-\u001f]/g, '_')
      .slice(0, 200) || fallback
  );
}
