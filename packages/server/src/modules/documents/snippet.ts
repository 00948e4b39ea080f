import { foldVi, type Snippet } from '@danvan/shared';

/** Folded form of each character met so far: foldVi normalises and runs several replacements per call. */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let piece = foldedChars.get(ch);
  if (piece === undefined) {
    piece = foldVi(ch) || (/\s/.test(ch) ? ' ' : '');
    foldedChars.set(ch, piece);
  }
  return piece;
}

/** Folds one character at a time so positions in the folded text map back to the original. */
function foldWithPositions(text: string): { folded: string; origin: number[] } {
  const pieces: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = foldChar(text[i]);
    pieces.push(piece);
    for (let k = 0; k < piece.length; k++) origin.push(i);
  }
  return { folded: pieces.join(''), origin };
}

/** Query syllables as the search matches them: folded, punctuation split off. */
export function queryTerms(query: string): string[] {
  return foldVi(query)
    .split(/[^a-z0-9]+/)
    .filter((term) => term.length > 0);
}

const isWordStart = (text: string, index: number) => index === 0 || !/[a-z0-9]/.test(text[index - 1]);

/**
 * A window of about `width` characters around the densest cluster of query terms in `text`, with
 * each term marked; terms match at word starts, accent- and case-insensitively.
 */
export function buildSnippet(text: string, terms: string[], width = 180): Snippet | null {
  if (!text || terms.length === 0) return null;
  const { folded, origin } = foldWithPositions(text);
  const hits: { start: number; end: number }[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (isWordStart(folded, at)) hits.push({ start: origin[at], end: origin[at + term.length - 1] + 1 });
    }
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.start - b.start);
  // Hits are sorted by start: the window from hit i holds hits i…j−1 whose end fits.
  let best = hits[0].start;
  let bestCount = 0;
  for (let i = 0; i < hits.length; i++) {
    let count = 0;
    for (let j = i; j < hits.length && hits[j].start <= hits[i].start + width; j++) {
      if (hits[j].end <= hits[i].start + width) count++;
    }
    if (count > bestCount) [best, bestCount] = [hits[i].start, count];
  }
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, best - 40)) + 1);
  const to = Math.min(text.length, from + width);
  const inWindow = hits.filter((h) => h.start >= from && h.end <= to);
  const parts: Snippet = [];
  let cursor = from;
  for (const hit of inWindow) {
    if (hit.start < cursor) continue;
    if (hit.start > cursor) parts.push({ text: text.slice(cursor, hit.start), hit: false });
    parts.push({ text: text.slice(hit.start, hit.end), hit: true });
    cursor = hit.end;
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), hit: false });
  if (from > 0) parts.unshift({ text: '…', hit: false });
  if (to < text.length) parts.push({ text: '…', hit: false });
  return parts;
}
