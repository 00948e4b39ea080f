import { createHash, randomBytes } from 'node:crypto';
import type { Me } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import { requireStrongPassword } from '../../auth/password-strength.js';
import { hashPassword, unusableHash, verifyPassword } from '../../auth/passwords.js';
import type { Config } from '../../config.js';
import type { Database, Sql } from '../../db/client.js';
import { asSystem } from '../../db/scope.js';
import { AppError, invalid } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { admitLogin, forgiveLogin, pruneLoginThrottle, TooManyAttempts } from './login-throttle.js';
import {
  deleteSession,
  deleteSessionsOfUser,
  findAccountById,
  findAccountByUsername,
  findSessionAccount,
  insertSession,
  recordLogin,
  touchSession,
  updatePasswordHash,
  type AccountRow,
  type SessionAccountRow,
} from './auth.repository.js';

const ROOT_UNIT_ID = 1;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function toActor(account: Omit<AccountRow, 'password_hash'>): Actor {
  return {
    userId: account.id,
    username: account.username,
    role: account.role,
    unitId: account.unit_id,
    scopePath: account.scope_path,
    scopeUnitId: account.scope_unit_id,
  };
}

/** The actor an account acts as, found by its username, or null when it is missing, disabled or of a closed unit (the CLI, the demo). */
export async function actorFor(db: Database, username: string): Promise<Actor | null> {
  const account = await asSystem(db, (sql) => findAccountByUsername(sql, username));
  return account && !account.disabled_at && !account.unit_closed_on ? toActor(account) : null;
}

/** What an account may do across its scope (auth/abilities.ts: every module's policy, so it is given from app.ts). */
export type AbilitiesOf = (actor: Actor) => Me['abilities'];

/** The account as the web app sees it, with what it may do across its scope. */
export function presentMe(actor: Actor, account: { fullName: string; unitName: string }, abilitiesOf: AbilitiesOf): Me {
  return {
    id: actor.userId,
    username: actor.username,
    fullName: account.fullName,
    role: actor.role,
    unitId: actor.unitId,
    unitName: account.unitName,
    scopeUnitId: actor.scopeUnitId,
    abilities: abilitiesOf(actor),
  };
}

const badCredentials = () =>
  new AppError(401, 'bad_credentials', {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong username or password',
  });

/** The right password of an account whose unit was closed: said plainly (the password was right), and audited. */
async function refuseClosedUnit(db: Database, account: AccountRow, ip: string): Promise<never> {
  await asSystem(db, (sql) =>
    recordAudit(sql, {
      actorUserId: account.id,
      actorUsername: account.username,
      unitId: account.unit_id,
      action: 'auth.login_failed',
      entityType: 'session',
      entityId: null,
      after: { reason: 'unit_closed' },
      ip,
    }),
  );
  throw new AppError(403, 'unit_closed', {
    vi: `Đơn vị ${account.unit_name} của tài khoản đã giải thể; đề nghị quản trị viên chuyển tài khoản sang đơn vị khác`,
    en: `The account's unit ${account.unit_name} is closed; ask an administrator to move the account to another unit`,
  });
}

export interface LoginResult {
  token: string;
  me: Me;
}

/**
 * Checks the password, opens a session and audits the attempt, successful or not. The attempt is counted
 * (login-throttle.ts) before the password is checked, so parallel guesses cannot all slip under the limit;
 * a refused attempt is not checked and, as before, not audited.
 */
export async function login(
  deps: { db: Database; config: Config; abilitiesOf: AbilitiesOf },
  input: { username: string; password: string; ip: string; userAgent: string | null },
): Promise<LoginResult> {
  const username = input.username.toLowerCase();
  const admission = await admitLogin(deps.db, username, input.ip);
  if (!admission.admitted) throw new TooManyAttempts(admission.retryAfterSeconds);
  const account = await asSystem(deps.db, (sql) => findAccountByUsername(sql, username));
  const passwordOk = await verifyPassword(input.password, account?.password_hash ?? unusableHash);
  if (!account || !passwordOk || account.disabled_at) {
    await pruneLoginThrottle(deps.db);
    await asSystem(deps.db, (sql) =>
      recordAudit(sql, {
        actorUserId: account?.id ?? null,
        actorUsername: username,
        unitId: account?.unit_id ?? ROOT_UNIT_ID,
        action: 'auth.login_failed',
        entityType: 'session',
        entityId: null,
        after: { reason: !account ? 'unknown_user' : account.disabled_at ? 'disabled' : 'wrong_password' },
        ip: input.ip,
      }),
    );
    throw badCredentials();
  }
  if (account.unit_closed_on) await refuseClosedUnit(deps.db, account, input.ip);
  await forgiveLogin(deps.db, username, input.ip);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + deps.config.sessionAbsoluteHours * 3_600_000);
  await asSystem(deps.db, async (sql) => {
    await insertSession(sql, {
      tokenHash: hashToken(token),
      userId: account.id,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent,
    });
    await recordLogin(sql, account.id);
    await recordAudit(sql, {
      actorUserId: account.id,
      actorUsername: account.username,
      unitId: account.unit_id,
      action: 'auth.login',
      entityType: 'session',
      entityId: null,
      ip: input.ip,
    });
  });
  return {
    token,
    me: presentMe(toActor(account), { fullName: account.full_name, unitName: account.unit_name }, deps.abilitiesOf),
  };
}

export interface Authenticated {
  actor: Actor;
  account: SessionAccountRow;
}

/** Signs an account out everywhere: it was disabled, or a manager set its password. */
export async function endSessionsOfUser(sql: Sql, userId: number): Promise<void> {
  await deleteSessionsOfUser(sql, userId);
}

/**
 * Resolves a session cookie to its actor, or null: expired or idle sessions are removed; a disabled account or
 * one whose unit is closed is refused. Nothing is cached: the account is read with the session in one statement.
 */
export async function authenticate(
  deps: { db: Database; config: Config },
  token: string,
): Promise<Authenticated | null> {
  const tokenHash = hashToken(token);
  // As the owner, not through asSystem, and one statement without BEGIN and COMMIT: this is the lookup that finds
  // out who is asking, on every request. It reads only the session's own rows.
  const account = await findSessionAccount(deps.db, tokenHash);
  if (!account || account.disabled_at || account.unit_closed_on) return null;
  const now = Date.now();
  const idleLimit = account.last_seen_at.getTime() + deps.config.sessionIdleMinutes * 60_000;
  if (account.expires_at.getTime() <= now || idleLimit <= now) {
    await asSystem(deps.db, (sql) => deleteSession(sql, tokenHash));
    return null;
  }
  // Touch at most once a minute: a page load makes several requests.
  if (now - account.last_seen_at.getTime() > 60_000) await asSystem(deps.db, (sql) => touchSession(sql, tokenHash));
  return { actor: toActor(account), account };
}

export async function logout(db: Database, actor: Actor | null, token: string, ip: string): Promise<void> {
  await asSystem(db, async (sql) => {
    await deleteSession(sql, hashToken(token));
    if (actor) {
      await recordAudit(sql, {
        actorUserId: actor.userId,
        actorUsername: actor.username,
        unitId: actor.unitId,
        action: 'auth.logout',
        entityType: 'session',
        entityId: null,
        ip,
      });
    }
  });
}

/** Changes the actor's own password and ends their other sessions. */
export async function changePassword(
  db: Database,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; token: string; ip: string },
): Promise<void> {
  const account = await asSystem(db, (sql) => findAccountById(sql, actor.userId));
  if (!account || !(await verifyPassword(input.currentPassword, account.password_hash))) {
    throw invalid('body.currentPassword', { vi: 'Mật khẩu hiện tại không đúng', en: 'Current password is wrong' });
  }
  if (input.currentPassword === input.newPassword) {
    throw invalid('body.newPassword', {
      vi: 'Mật khẩu mới phải khác mật khẩu cũ',
      en: 'The new password must differ from the old one',
    });
  }
  await requireStrongPassword('body.newPassword', input.newPassword, [
    account.username,
    account.full_name,
    account.unit_name,
  ]);
  const passwordHash = await hashPassword(input.newPassword);
  await asSystem(db, async (sql) => {
    await updatePasswordHash(sql, actor.userId, passwordHash);
    await deleteSessionsOfUser(sql, actor.userId, hashToken(input.token));
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: actor.unitId,
      action: 'user.change_password',
      entityType: 'user',
      entityId: actor.userId,
      ip: input.ip,
    });
  });
}
