/** An id from the address (a positive integer the API accepts), or null for anything else. */
export function parseId(value: string | undefined): number | null {
  return value && /^\d{1,9}$/.test(value) ? Number(value) : null;
}
