import { changePasswordBody, loginBody } from '@danvan/shared';
import type { AppInstance } from '../../http/app-types.js';
import { SESSION_COOKIE, sessionCookieOptions } from '../../http/session-cookie.js';
import { changePassword, login, logout, presentMe, type AbilitiesOf } from './auth.service.js';
import { TooManyAttempts } from './login-throttle.js';

/** `abilitiesOf` comes from app.ts (auth/abilities.ts), which knows every module's policy. */
export function authRoutes(app: AppInstance, { abilitiesOf }: { abilitiesOf: AbilitiesOf }): void {
  app.post(
    '/api/auth/login',
    { schema: { tags: ['auth'], summary: 'Đăng nhập / sign in', body: loginBody }, config: { action: 'public' } },
    async (request, reply) => {
      const result = await login(
        { db: app.db, config: app.config, abilitiesOf },
        { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
      ).catch((error: unknown) => {
        if (error instanceof TooManyAttempts) reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      });
      reply.setCookie(SESSION_COOKIE, result.token, sessionCookieOptions(request, app.config));
      return { user: result.me };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Đăng xuất / sign out' }, config: { action: 'public' } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(app.db, request.actor, token, request.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: { tags: ['auth'], summary: 'Tài khoản đang đăng nhập / current account' },
      config: { action: 'authenticated' },
    },
    async (request) => {
      const actor = request.requireActor();
      return { user: presentMe(actor, request.accountNames(), abilitiesOf) };
    },
  );

  app.post(
    '/api/auth/change-password',
    {
      schema: { tags: ['auth'], summary: 'Đổi mật khẩu / change password', body: changePasswordBody },
      config: { action: 'authenticated' },
    },
    async (request, reply) => {
      await changePassword(app.db, request.requireActor(), {
        ...request.body,
        token: request.cookies[SESSION_COOKIE] ?? '',
        ip: request.ip,
      });
      return reply.code(204).send();
    },
  );
}
