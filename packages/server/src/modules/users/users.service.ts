import type { CreateUserInput, UpdateUserInput, User } from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import { requireStrongPassword } from '../../auth/password-strength.js';
import { hashPassword } from '../../auth/passwords.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { endSessionsOfUser } from '../auth/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { userActions } from './users.policy.js';
import {
  findAreaPathOfUnit,
  findUserById,
  findUsers,
  insertUser,
  updateUserRow,
  type UserRow,
} from './users.repository.js';

const recordOf = (row: UserRow) => ({ path: row.unit_path, role: row.role, userId: row.id, areaPath: row.area_path });

function presentUser(actor: Actor, row: UserRow): User {
  const record = recordOf(row);
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    disabled: row.disabled_at !== null,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    abilities: {
      update: can(actor, userActions.update, record),
      disable: can(actor, userActions.disable, record),
      resetPassword: can(actor, userActions.resetPassword, record),
    },
  };
}

// Never put password hashes into the audit log.
const auditView = (row: UserRow) => ({
  username: row.username,
  fullName: row.full_name,
  role: row.role,
  unitId: row.unit_id,
  disabled: row.disabled_at !== null,
});

export async function listUsers(
  db: Database,
  actor: Actor,
  options: { query?: string; unitId?: number; includeDisabled: boolean },
): Promise<User[]> {
  authorize(actor, userActions.list, wholeScope(actor));
  const rows = await inScope(db, actor.scopePath, (sql) => findUsers(sql, options));
  return rows.map((row) => presentUser(actor, row));
}

/**
 * Creates an account in a unit of the actor's scope. Its password must pass the strength check, except the
 * demo's published password, which only the demo seed sets (`demoPassword`).
 */
export async function createUser(
  db: Database,
  actor: Actor,
  input: CreateUserInput,
  ip: string,
  options: { demoPassword?: boolean } = {},
): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return inScope(db, actor.scopePath, async (sql) => {
    const unit = await requireUnit(sql, actor, input.unitId, unitActions.read, { field: 'body.unitId' });
    if (unit.closed_on) throw invalid('body.unitId', { vi: 'Đơn vị đã giải thể', en: 'The unit is closed' });
    authorize(actor, userActions.create, { path: unit.path, role: input.role });
    if (!options.demoPassword) {
      await requireStrongPassword('body.password', input.password, [input.username, input.fullName, unit.name]);
    }
    const id = await insertUser(sql, {
      username: input.username,
      fullName: input.fullName,
      passwordHash,
      role: input.role,
      unitId: unit.id,
    });
    const created = (await findUserById(sql, id)) as UserRow;
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: unit.id,
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      after: auditView(created),
      ip,
    });
    return presentUser(actor, created);
  });
}

/** Changes an account's name, role, unit, status or password; disabling or a new password ends its sessions. */
export async function updateUser(
  db: Database,
  actor: Actor,
  id: number,
  input: UpdateUserInput,
  ip: string,
): Promise<User> {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return inScope(db, actor.scopePath, async (sql) => {
    const before = await findUserById(sql, id, { forUpdate: true });
    if (!before) throw notFound({ vi: 'Không tìm thấy người dùng', en: 'User not found' });
    const record = recordOf(before);
    authorize(actor, userActions.update, record);
    if (input.disabled !== undefined) authorize(actor, userActions.disable, record);
    if (input.password !== undefined) {
      authorize(actor, userActions.resetPassword, record);
      await requireStrongPassword('body.password', input.password, [
        before.username,
        input.fullName ?? before.full_name,
        before.unit_name,
      ]);
    }
    let unitPath = before.unit_path;
    if (input.unitId !== undefined && input.unitId !== before.unit_id) {
      const unit = await requireUnit(sql, actor, input.unitId, unitActions.read, { field: 'body.unitId' });
      if (unit.closed_on) throw invalid('body.unitId', { vi: 'Đơn vị đã giải thể', en: 'The unit is closed' });
      unitPath = unit.path;
    }
    if (input.role !== undefined) {
      authorize(actor, userActions.update, { path: unitPath, role: input.role, userId: before.id });
    }
    if (unitPath !== before.unit_path) {
      authorize(actor, userActions.move, {
        path: unitPath,
        role: input.role ?? before.role,
        userId: before.id,
        areaPath: await findAreaPathOfUnit(sql, input.unitId as number),
        movedFrom: record,
      });
    }
    await updateUserRow(sql, id, { ...input, passwordHash });
    if (input.disabled || passwordHash) await endSessionsOfUser(sql, id);
    const after = (await findUserById(sql, id)) as UserRow;
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: after.unit_id,
      action:
        input.disabled === true
          ? 'user.disable'
          : input.disabled === false
            ? 'user.enable'
            : passwordHash && Object.keys(input).length === 1
              ? 'user.reset_password'
              : 'user.update',
      entityType: 'user',
      entityId: id,
      before: auditView(before),
      after: { ...auditView(after), ...(passwordHash ? { passwordChanged: true } : {}) },
      ip,
    });
    return presentUser(actor, after);
  });
}
