import type { Actor } from '../auth/authorize.js';
import { hashPassword } from '../auth/passwords.js';
import type { Database } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import { actorFor } from '../modules/auth/index.js';
import { findOpenUnitsByCodes, runImport } from '../modules/units/index.js';
import { countUsers, createUser, insertUser } from '../modules/users/index.js';
import { recordAudit } from '../modules/audit/index.js';
import { DEMO_PASSWORD, demoAccounts, demoUnits } from './demo-data.js';
import { seedDemoDemocracy } from './demo-democracy.js';
import { seedDemoMembers } from './demo-members.js';
import { seedDemoModels } from './demo-models.js';
import { seedDemoReports } from './demo-reports.js';
import { seedDemoConference } from './demo-conferences.js';
import { seedDemoTasks } from './demo-tasks.js';
import { seedDemoCommendations } from './demo-commendations.js';

export const ROOT_UNIT_ID = 1;

/** Creates an account without an acting user: the first admin, made from the command line. */
export async function createAccountAsSystem(
  db: Database,
  input: { username: string; fullName: string; password: string; role: Actor['role']; unitId: number },
): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  return asSystem(db, async (sql) => {
    const id = await insertUser(sql, { ...input, passwordHash });
    await recordAudit(sql, {
      actorUserId: null,
      actorUsername: 'cli',
      unitId: input.unitId,
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      after: { username: input.username, fullName: input.fullName, role: input.role, unitId: input.unitId },
    });
    return id;
  });
}

/**
 * Loads the demo province and accounts into an empty database; does nothing if accounts exist.
 * Test databases leave out the demo's records (member counts, reporting rounds) so each test makes its own.
 */
export async function seedDemo(
  db: Database,
  options: { withReports: boolean } = { withReports: true },
): Promise<boolean> {
  if ((await asSystem(db, countUsers)) > 0) return false;
  await createAccountAsSystem(db, {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    password: DEMO_PASSWORD,
    role: 'admin',
    unitId: ROOT_UNIT_ID,
  });
  const admin = (await actorFor(db, 'admin')) as Actor;
  await runImport(
    db,
    admin,
    ROOT_UNIT_ID,
    demoUnits.map((unit, index) => ({ row: index + 1, ...unit })),
    'demo',
    null,
    () => undefined,
  );
  const units = await asSystem(db, (sql) =>
    findOpenUnitsByCodes(
      sql,
      demoAccounts.map((account) => account.unitCode),
    ),
  );
  const unitIdByCode = new Map(units.map((unit) => [unit.code, unit.id]));
  for (const account of demoAccounts) {
    await createUser(
      db,
      admin,
      {
        username: account.username,
        fullName: account.fullName,
        password: DEMO_PASSWORD,
        role: account.role,
        unitId: unitIdByCode.get(account.unitCode) as number,
      },
      '127.0.0.1',
      { demoPassword: true },
    );
  }
  if (options.withReports) {
    const cityLeader = (await actorFor(db, 'thanhpho.lanhdao')) as Actor;
    // Records first: the wards' reports take their HV_*, DC_* and MH_* figures from them.
    await seedDemoMembers(db, admin);
    await seedDemoDemocracy(db, cityLeader, admin);
    await seedDemoModels(db, cityLeader, admin);
    await seedDemoReports(db, cityLeader, admin);
    // The conference first; its conclusions then become the tasks, which cite it and are linked to their lines.
    await seedDemoConference(db, (conference) => seedDemoTasks(db, conference));
    await seedDemoCommendations(db, admin);
  }
  return true;
}
