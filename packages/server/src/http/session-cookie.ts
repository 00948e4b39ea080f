import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export const SESSION_COOKIE = 'danvan_sid';

/**
 * Secure whenever the browser reached the app over https: the public address says so (DANVAN_PUBLIC_URL), or
 * the request did (directly, or by X-Forwarded-Proto from a proxy trusted through DANVAN_TRUST_PROXY).
 */
export function sessionCookieOptions(request: FastifyRequest, config: Config): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https' || config.publicUrl?.startsWith('https:') === true,
    path: '/',
    maxAge: config.sessionAbsoluteHours * 3600,
  };
}
