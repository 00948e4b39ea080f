import type { AwardType, AwardTypeInput, RuleVersionInput } from '@danvan/shared';
import { authorize, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { conflict, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import {
  findAwardTypes,
  findAwardTypesByIds,
  findRuleVersions,
  insertAwardType,
  insertRuleVersion,
  updateAwardType,
  type AwardTypeRow,
  type RuleVersionRow,
} from './award-types.repository.js';
import { awardTypeActions } from './commendations.policy.js';

function presentAwardType(row: AwardTypeRow, versions: RuleVersionRow[]): AwardType {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    issuer: row.issuer,
    level: row.level,
    recipients: row.recipients,
    isMedal: row.is_medal,
    reportAs: row.report_as,
    active: row.active,
    versions: versions
      .filter((v) => v.award_type_id === row.id)
      .map((v) => ({
        id: v.id,
        awardTypeId: v.award_type_id,
        effectiveFrom: v.effective_from,
        name: v.name,
        legalBasis: v.legal_basis,
        rules: v.rules,
      })),
  };
}

/** The catalogue with every rule version, newest first. */
export async function listAwardTypes(db: Database, actor: Actor): Promise<AwardType[]> {
  authorize(actor, awardTypeActions.read, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    const versions = await findRuleVersions(sql);
    return (await findAwardTypes(sql)).map((row) => presentAwardType(row, versions));
  });
}

async function oneAwardType(sql: Sql, id: number): Promise<AwardType> {
  const [row] = await findAwardTypesByIds(sql, [id]);
  if (!row) throw notFound({ vi: 'Không tìm thấy hình thức khen thưởng', en: 'Award type not found' });
  return presentAwardType(row, await findRuleVersions(sql, id));
}

const codeTaken = () =>
  conflict('duplicate', { vi: 'Mã hình thức khen thưởng đã được dùng', en: 'The award code is taken' }, 'body.code');

const audit = (
  actor: Actor,
  ip: string,
  id: number,
  action: 'award_type.create' | 'award_type.update' | 'award_type.rules',
  after: unknown,
  before?: unknown,
) => ({
  actorUserId: actor.userId,
  actorUsername: actor.username,
  unitId: actor.unitId,
  action,
  entityType: 'award_type' as const,
  entityId: id,
  before,
  after,
  ip,
});

export async function createAwardType(db: Database, actor: Actor, input: AwardTypeInput, ip: string) {
  authorize(actor, awardTypeActions.manage, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    const id = await insertAwardType(sql, input);
    if (!id) throw codeTaken();
    await recordAudit(sql, audit(actor, ip, id, 'award_type.create', input));
    return oneAwardType(sql, id);
  });
}

export async function editAwardType(db: Database, actor: Actor, id: number, input: AwardTypeInput, ip: string) {
  authorize(actor, awardTypeActions.manage, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    const before = await oneAwardType(sql, id);
    if (!(await updateAwardType(sql, id, input))) throw codeTaken();
    await recordAudit(sql, audit(actor, ip, id, 'award_type.update', input, { ...before, versions: undefined }));
    return oneAwardType(sql, id);
  });
}

/** A new rule version from a date; the versions before it stay for the campaigns whose reference date they cover. */
export async function addRuleVersion(db: Database, actor: Actor, id: number, input: RuleVersionInput, ip: string) {
  authorize(actor, awardTypeActions.manage, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    await oneAwardType(sql, id);
    const versionId = await insertRuleVersion(sql, id, input, actor.userId);
    if (!versionId)
      throw conflict(
        'duplicate',
        {
          vi: 'Đã có phiên bản tiêu chuẩn có hiệu lực từ ngày này',
          en: 'A rule version already takes effect on this day',
        },
        'body.effectiveFrom',
      );
    await recordAudit(sql, audit(actor, ip, id, 'award_type.rules', { versionId, ...input }));
    return oneAwardType(sql, id);
  });
}
