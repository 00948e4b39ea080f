/** A file's name as people gave it (NFC), without path separators or control characters; `fallback` when nothing is left. */
export function cleanFileName(name: string, fallback: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[\\/\u0000-\u001f]/g, '_')
      .slice(0, 200) || fallback
  );
}
