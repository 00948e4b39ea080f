const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Compares Vietnamese text the way a reader expects (Đ after D, "Phường 2" before "Phường 10"). */
export function compareVi(a: string | null | undefined, b: string | null | undefined): number {
  return collator.compare(a ?? '', b ?? '');
}
