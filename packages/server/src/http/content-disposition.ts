import { foldVi } from '@danvan/shared';
import { cleanFileName } from '../files/file-name.js';

/**
 * Content-Disposition with an ASCII fallback and the exact Vietnamese name (RFC 5987): `attachment`
 * to download, `inline` for what the browser shows itself (a model's photo). The name is cleaned
 * again here: files stored before names were cleaned of bidi controls still carry them.
 */
export function contentDisposition(fileName: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const name = cleanFileName(fileName, 'tep');
  const ascii = foldVi(name).replace(/[^a-z0-9._-]+/g, '-') || 'tep';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
