/**
 * Folds Vietnamese text for accent-insensitive matching: NFC, lower case, no tone or
 * vowel marks, đ → d. Mirrors the database's `vi_fold()` so client-side filters and
 * server search agree ("Đống Đa" and "dong da" fold to the same key).
 */
export function foldVi(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      // unaccent's rules also flatten typographic punctuation; keep the two foldings identical.
      .replace(/[‘’‚‛′]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      .replace(/[‐‑‒–—―−]/g, '-')
      .replace(/…/g, '...')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Stored Vietnamese text is NFC with single spaces and no surrounding blanks. */
export function cleanVi(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
