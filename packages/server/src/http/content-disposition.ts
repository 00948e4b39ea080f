import { foldVi } from '@danvan/shared';

/**
 * Content-Disposition with an ASCII fallback and the exact Vietnamese name (RFC 5987): `attachment`
 * to download, `inline` for what the browser shows itself (a model's photo).
 */
export function contentDisposition(fileName: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = foldVi(fileName).replace(/[^a-z0-9._-]+/g, '-') || 'tep';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
