import { z } from 'zod';

/** The largest id a PostgreSQL `integer` (and so every id column) holds. */
export const MAX_ID = 2_147_483_647;

// Decimal digits and nothing else: no sign, spaces, exponent, hex prefix or leading zeros, which
// `Number()` would all have accepted (`0x10`, ` 1` and `1e1` once reached real units as ids).
const idDigits = /^[1-9][0-9]{0,9}$/;
const countDigits = /^(0|[1-9][0-9]{0,9})$/;

/** A whole number sent as text (path, query) becomes a number only when it is plain digits. */
const fromDigits = (pattern: RegExp) => (value: unknown) =>
  typeof value === 'string' && pattern.test(value) ? Number(value) : value;

/**
 * An id, the one schema for path params, query params and id fields in JSON bodies: an integer
 * 1..2³¹−1, as a JSON number or as plain decimal digits. Anything else fails with the field's path.
 */
export const idSchema = z.preprocess(fromDigits(idDigits), z.int().min(1).max(MAX_ID));

/** `/:id` routes. */
export const idParams = z.object({ id: idSchema });

/** A bounded whole number from a query string or path (a year, a page size, an offset): plain digits only. */
export const wholeNumber = (min: number, max: number) =>
  z.preprocess(fromDigits(countDigits), z.int().min(min).max(max));
