import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * A list page's filters kept in the address (`/models?q=camera&status=recognised`), so a search can be bookmarked or
 * shared. Each field says how it is read (a bad value is dropped, never trusted) and written (empty or default values
 * are left out, so the plain address stays plain).
 */
export interface UrlField<T> {
  // Methods, not function properties: a field of a narrower type then still counts as a field of the list.
  read(text: string | null): T;
  write(value: T): string | undefined;
}

export type UrlFields = Record<string, UrlField<unknown>>;
export type UrlValues<Fields extends UrlFields> = { [Key in keyof Fields]: ReturnType<Fields[Key]['read']> };

function positiveInt(text: string | null): number | undefined {
  if (!text || !/^\d{1,9}$/.test(text)) return undefined;
  const number = Number(text);
  return number > 0 ? number : undefined;
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const optional = <T>(read: (text: string | null) => T | undefined): UrlField<T | undefined> => ({
  read,
  write: (value) => (value === undefined ? undefined : String(value)),
});

export const urlField = {
  /** Free text, at most `max` characters; blank is left out. */
  text: (max = 200): UrlField<string> => ({
    read: (text) => (text ?? '').slice(0, max),
    write: (value) => value.trim() || undefined,
  }),
  /** A code of a catalogue the server checks (a movement kind); absent when blank. */
  code: (max = 40) => optional((text) => (text && text.length <= max ? text : undefined)),
  id: () => optional(positiveInt),
  /** A year the app can mean (2000–2100). */
  year: () =>
    optional((text) => {
      const year = positiveInt(text);
      return year !== undefined && year >= 2000 && year <= 2100 ? year : undefined;
    }),
  /** One of the values a type allows. */
  oneOf: <T extends string>(allowed: readonly T[] | ((text: string) => text is T)) =>
    optional<T>((text) => {
      if (text === null) return undefined;
      return (typeof allowed === 'function' ? allowed(text) : allowed.includes(text as T)) ? (text as T) : undefined;
    }),
  /** An ISO date (`2026-06-14`). */
  date: () => optional((text) => (text !== null && isIsoDate(text) ? text : undefined)),
  /** A field with a value when the address has none, which the address then leaves out. */
  withDefault: <T>(field: UrlField<T | undefined>, fallback: T): UrlField<T> => ({
    read: (text) => field.read(text) ?? fallback,
    write: (value) => (value === fallback ? undefined : field.write(value)),
  }),
};

export function readUrlValues<Fields extends UrlFields>(fields: Fields, params: URLSearchParams): UrlValues<Fields> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, field]) => [key, field.read(params.get(key))]),
  ) as UrlValues<Fields>;
}

export function writeUrlValues<Fields extends UrlFields>(
  fields: Fields,
  values: Partial<UrlValues<Fields>>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(fields)) {
    const text = key in values ? field.write(values[key]) : undefined;
    if (text !== undefined) params.set(key, text);
  }
  return params;
}

/** The page's values from the address, a setter that merges a patch, and a reset; the address is replaced, not pushed. */
export function useUrlValues<Fields extends UrlFields>(fields: Fields) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => readUrlValues(fields, params), [fields, params]);
  const setValues = useCallback(
    (patch: Partial<UrlValues<Fields>>) =>
      setParams((current) => writeUrlValues(fields, { ...readUrlValues(fields, current), ...patch }), {
        replace: true,
      }),
    [fields, setParams],
  );
  const clearValues = useCallback(
    (keep: Partial<UrlValues<Fields>> = {}) => setParams(writeUrlValues(fields, keep), { replace: true }),
    [fields, setParams],
  );
  return { values, setValues, clearValues };
}
