import { foldVi } from '@danvan/shared';

/** Accent-insensitive "contains" for option filters: "dong da" finds "Đồng Đa". */
export function foldIncludes(text: unknown, input: string): boolean {
  return typeof text === 'string' && foldVi(text).includes(foldVi(input));
}
