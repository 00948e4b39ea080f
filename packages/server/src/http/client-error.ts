import http from 'node:http';
import type { Socket } from 'node:net';
import { AppError } from './errors.js';

/** What Node's HTTP parser refuses before Fastify sees a request, in the app's words. */
function refusalOf(error: NodeJS.ErrnoException): AppError {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    const message = { vi: 'Yêu cầu gửi lên quá chậm', en: 'The request took too long to arrive' };
    return new AppError(408, 'request_timeout', message, [{ path: 'request', ...message }]);
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const message = {
      vi: 'Địa chỉ hoặc tiêu đề yêu cầu quá dài',
      en: 'The address or the request headers are too long',
    };
    return new AppError(431, 'headers_too_large', message, [{ path: 'headers', ...message }]);
  }
  const message = { vi: 'Yêu cầu HTTP sai định dạng', en: 'The HTTP request is malformed' };
  return new AppError(400, 'bad_request', message, [{ path: 'request', ...message }]);
}

/**
 * Fastify's `clientErrorHandler`: a request Node cannot parse (a URL or headers over the size
 * limit, a broken request line) is answered in the app's error shape, then the socket is closed.
 */
export function handleClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const refusal = refusalOf(error);
  const body = JSON.stringify(refusal.toBody());
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${refusal.status} ${http.STATUS_CODES[refusal.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
