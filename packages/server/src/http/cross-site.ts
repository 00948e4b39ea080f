import type { FastifyRequest } from 'fastify';
import { XLSX_MIME } from '../files/xlsx.js';
import type { AppInstance } from './app-types.js';
import { AppError } from './errors.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// JSON, uploads, and the report form's Excel workbook sent as it is. A page on another site can send a
// form as text/plain, urlencoded or multipart without asking first; only the last is accepted, and the
// origin check below stops it.
const ACCEPTED_TYPES = new Set(['application/json', 'multipart/form-data', XLSX_MIME]);

const crossSite = (path: string) =>
  new AppError(
    403,
    'cross_site_request',
    {
      vi: 'Yêu cầu thay đổi dữ liệu phải được gửi từ chính trang danvan',
      en: 'Changes must be sent from the danvan app itself',
    },
    [{ path, vi: 'Yêu cầu đến từ một trang khác', en: 'The request came from another site' }],
  );

const unsupportedType = () =>
  new AppError(
    415,
    'unsupported_media_type',
    {
      vi: 'Dữ liệu gửi lên phải ở dạng JSON hoặc tệp đính kèm (multipart/form-data)',
      en: 'The request body must be JSON or a file upload (multipart/form-data)',
    },
    [
      {
        path: 'headers.content-type',
        vi: 'Kiểu dữ liệu không được chấp nhận',
        en: 'This content type is not accepted',
      },
    ],
  );

/** The origin a browser names, compared with the host it asked for (Host, or X-Forwarded-Host from a trusted proxy). */
function isOwnOrigin(origin: string, request: FastifyRequest, publicOrigin: string | null): boolean {
  if (origin === publicOrigin) return true;
  try {
    // `new URL` drops a default port, as browsers do in the Host header; "null" (a sandboxed frame) throws.
    return new URL(origin).host === new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return false;
  }
}

/**
 * Refuses state-changing requests that a page of another site made a browser send (403), and bodies a plain
 * HTML form can send (415), before the session is looked up. `Origin` decides; without it, `Sec-Fetch-Site`;
 * with neither the client is not a browser (the CLI, scripts, tests) and nothing is forged on its behalf.
 * The session cookie's SameSite=Lax leaves it out of cross-site POSTs, but not from another port of the same
 * host (the same site), which this stops too.
 */
export function refuseCrossSiteChanges(app: AppInstance): void {
  const publicOrigin = app.config.publicUrl ? new URL(app.config.publicUrl).origin : null;
  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;
    const origin = request.headers.origin;
    const fetchSite = request.headers['sec-fetch-site'];
    if (origin !== undefined) {
      if (!isOwnOrigin(origin, request, publicOrigin)) throw crossSite('headers.origin');
    } else if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      throw crossSite('headers.sec-fetch-site');
    }
    const type = request.headers['content-type'];
    if (type !== undefined && !ACCEPTED_TYPES.has(type.split(';')[0].trim().toLowerCase())) throw unsupportedType();
  });
}
