import { z } from 'zod';
import { cleanVi } from './fold-vi.js';

/** One line of Vietnamese text, required: NFC, single spaces, trimmed. */
export const viLine = (max: number) => z.string().transform(cleanVi).pipe(z.string().min(1).max(max));

/** Multi-line text (summaries, narratives, comments): NFC, trimmed, paragraphs kept, may be empty. */
export const viParagraphs = (max: number) =>
  z
    .string()
    .transform((text) =>
      text
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.replace(/[ \t]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
    )
    .pipe(z.string().max(max));
