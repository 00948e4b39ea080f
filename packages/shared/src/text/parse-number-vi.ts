/**
 * Reads a number typed the Vietnamese way. In Vietnamese the comma is the decimal mark and the dot groups thousands:
 * `1.250` is one thousand two hundred and fifty, `1,5` is one and a half, `1.234,5` is 1234.5, so `1,250` is 1.25.
 * Spaces (also the non-breaking ones a copied figure brings) group digits too: `1 250` is 1250.
 * A dot that does not group three digits (`1.25`, `1.2345`) is refused rather than guessed: read the Vietnamese way
 * it would be a misplaced separator, read the English way it would silently be a hundred times smaller.
 */
export type NumberViError = 'invalid' | 'notInteger' | 'negative' | 'tooSmall' | 'tooLarge';

export type NumberViResult = { ok: true; value: number | null } | { ok: false; error: NumberViError };

export interface NumberViOptions {
  /** Only whole numbers (counts). */
  integer?: boolean;
  /** The smallest value accepted; negative numbers are refused as `negative` when min is 0 or more. */
  min?: number;
  max?: number;
}

// Optional minus, digits with dot-grouped thousands (or none), optional comma and decimals. `,5` is 0,5 and a
// trailing comma (`12,` while typing) is the whole number.
const shape = /^(-)?(\d{1,3}(?:\.\d{3})+|\d+)?(?:,(\d*))?$/;
// Minus signs a keyboard or a copied document may bring: hyphen-minus, the real minus, en dash.
const minusSigns = /^[\u2212\u2013]/;

/** The number in `text`, `null` for an empty field, or why it is not one. */
export function parseNumberVi(text: string | null | undefined, options: NumberViOptions = {}): NumberViResult {
  const compact = (text ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(minusSigns, '-');
  if (compact === '') return { ok: true, value: null };
  const match = shape.exec(compact);
  if (!match) return { ok: false, error: 'invalid' };
  const [, minus, whole, decimals] = match;
  if (!whole && !decimals) return { ok: false, error: 'invalid' };
  const magnitude = Number(`${whole ? whole.replace(/\./g, '') : '0'}${decimals ? `.${decimals}` : ''}`);
  if (!Number.isFinite(magnitude)) return { ok: false, error: 'invalid' };
  // -0 would print as "-0".
  const value = minus && magnitude !== 0 ? -magnitude : magnitude;
  const error = checkNumberVi(value, options);
  return error ? { ok: false, error } : { ok: true, value };
}

/** Why a number read from a field breaks the field's rules (whole, min, max), or null. */
export function checkNumberVi(value: number, options: NumberViOptions): NumberViError | null {
  if (!Number.isFinite(value)) return 'invalid';
  if (options.integer && !Number.isInteger(value)) return 'notInteger';
  if (options.min !== undefined && value < options.min) return options.min >= 0 && value < 0 ? 'negative' : 'tooSmall';
  if (options.max !== undefined && value > options.max) return 'tooLarge';
  return null;
}
