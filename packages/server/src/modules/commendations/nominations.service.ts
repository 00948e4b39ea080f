import {
  checkNomination,
  votePasses,
  type CampaignDetail,
  type CheckResult,
  type CommendationRule,
  type NominationInput,
  type VoteInput,
} from '@danvan/shared';
import { authorize, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { evidenceType } from '../../files/evidence-file.js';
import { cleanFileName } from '../../files/file-name.js';
import type { FileStore } from '../../files/file-store.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { recordAudit } from '../audit/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { findAwardTypes, findAwardTypesByIds, findRuleVersionInForce } from './award-types.repository.js';
import { campaignActions, nominationActions, personActions } from './commendations.policy.js';
import {
  findEvidence,
  findNomination,
  findQuota,
  insertEvidence,
  insertNomination,
  moveNomination,
  setNominationCheck,
  setNominationVotes,
  type CampaignRow,
  type NominationRow,
} from './campaigns.repository.js';
import { campaignDetail, nominatesIn, nominationRecord, requireCampaign } from './campaigns.service.js';
import { findPerson, findPersonRecords } from './people.repository.js';
import { requirePerson } from './people.service.js';

type AuditName =
  | 'nomination.create'
  | 'nomination.attach'
  | 'nomination.submit'
  | 'nomination.approve'
  | 'nomination.return'
  | 'nomination.vote';

const audit = (actor: Actor, ip: string, row: { id: number; unit_id: number }, action: AuditName, after: unknown) => ({
  actorUserId: actor.userId,
  actorUsername: actor.username,
  unitId: row.unit_id,
  action,
  entityType: 'nomination' as const,
  entityId: row.id,
  after,
  ip,
});

/**
 * The check of a nominee against the rule set in force on the campaign's reference date. A collective
 * is held to no personal criterion; for a person without a rule set in force, nothing can be told.
 */
async function checkNominee(
  sql: Sql,
  campaign: CampaignRow,
  awardTypeId: number,
  personId: number | null,
): Promise<{ ruleVersionId: number | null; check: CheckResult; held: boolean }> {
  const version = await findRuleVersionInForce(sql, awardTypeId, campaign.reference_date);
  // Every rule kind is about a person's service, honours or discipline: none applies to a collective,
  // with or without a rule set in force ("cannot tell" would send the council looking for a fact
  // that does not exist).
  if (personId === null)
    return { ruleVersionId: version?.id ?? null, check: { outcome: 'met', criteria: [] }, held: false };
  if (!version) return { ruleVersionId: null, check: { outcome: 'unknown', criteria: [] }, held: false };
  const [type] = await findAwardTypesByIds(sql, [awardTypeId]);
  const person = await findPerson(sql, personId);
  const records = await findPersonRecords(sql, personId);
  const awardCodes = records.awards.map((a) => a.code);
  const check = checkNomination(
    version.rules,
    {
      deceased: person?.deceased ?? false,
      awardCodes,
      disciplineDates: records.disciplines.map((d) => d.decidedOn),
      periods: records.periods,
    },
    {
      referenceDate: campaign.reference_date,
      awardCode: type.code,
      awardNames: await awardNamesOf(sql, version.rules),
    },
  );
  const onceOnly = version.rules.some((r) => r.kind === 'once_per_person');
  return { ruleVersionId: version.id, check, held: onceOnly && awardCodes.includes(type.code) };
}

/** The names of the awards a rule set's reductions name, for the figures ("do đã được tặng Huân chương …"). */
async function awardNamesOf(sql: Sql, rules: CommendationRule[]): Promise<Record<string, string>> {
  const codes = rules.flatMap((r) => (r.kind === 'priority_reduction' ? [r.awardTypeCode] : []));
  if (codes.length === 0) return {};
  return Object.fromEntries((await findAwardTypes(sql)).map((t) => [t.code, t.name]));
}

async function requireNomination(sql: Sql, actor: Actor, id: number, action: string): Promise<NominationRow> {
  const row = await findNomination(sql, id, action !== nominationActions.read);
  if (!row) throw notFound({ vi: 'Không tìm thấy hồ sơ đề nghị', en: 'Nomination not found' });
  authorize(actor, action, nominationRecord(row));
  return row;
}

const detailOf = async (sql: Sql, actor: Actor, campaignId: number): Promise<CampaignDetail> =>
  campaignDetail(sql, actor, await requireCampaign(sql, campaignId));

/**
 * A unit nominates one of its people (or a collective of its scope) for an award of the campaign:
 * within its quota, before the deadline, never for an award the person already holds once and for all.
 */
export async function nominate(
  db: Database,
  actor: Actor,
  campaignId: number,
  input: NominationInput,
  ip: string,
  today = vietnamDay(),
): Promise<CampaignDetail> {
  return inScope(db, actor.scopePath, async (sql) => {
    const campaign = await requireCampaign(sql, campaignId, true);
    authorize(actor, campaignActions.nominate, { path: actor.scopePath, status: campaign.status, owned: false });
    if (!nominatesIn(actor, campaign))
      throw invalid('campaignId', {
        vi: 'Đơn vị chỉ đề nghị trong đợt xét của đơn vị mình hoặc cấp trên',
        en: "A unit nominates only in its own or a higher unit's campaign",
      });
    if (today > campaign.deadline)
      throw conflict('deadline_passed', {
        vi: `Đã quá hạn gửi hồ sơ (${campaign.deadline.split('-').reverse().join('/')})`,
        en: 'The nomination deadline has passed',
      });
    if (!campaign.award_type_ids.includes(input.awardTypeId))
      throw invalid('body.awardTypeId', {
        vi: 'Hình thức khen thưởng không thuộc đợt xét này',
        en: 'The award type is not part of this campaign',
      });
    const [type] = await findAwardTypesByIds(sql, [input.awardTypeId]);
    const unit = await requireUnit(sql, actor, actor.scopeUnitId, unitActions.read);
    if (input.personId !== null) {
      await requirePerson(sql, actor, input.personId, personActions.read, 'body.personId');
      if (type.recipients === 'collective')
        throw invalid('body.personId', { vi: 'Hình thức này chỉ khen tập thể', en: 'This award is for collectives' });
    } else if (input.collectiveUnitId !== null) {
      await requireUnit(sql, actor, input.collectiveUnitId, unitActions.read, { field: 'body.collectiveUnitId' });
      if (type.recipients === 'individual')
        throw invalid('body.collectiveUnitId', {
          vi: 'Hình thức này chỉ khen cá nhân',
          en: 'This award is for individuals',
        });
    }
    const quota = await findQuota(sql, campaignId, unit.id);
    if (quota && quota.nominated >= quota.quota)
      throw conflict(
        'quota_exceeded',
        {
          vi: `Vượt chỉ tiêu: ${unit.name} được đề nghị tối đa ${quota.quota} hồ sơ trong đợt xét này, đã đề nghị ${quota.nominated}`,
          en: `Quota exceeded: ${unit.name} may nominate ${quota.quota}, and has nominated ${quota.nominated}`,
        },
        'body.personId',
      );
    const { ruleVersionId, check, held } = await checkNominee(sql, campaign, input.awardTypeId, input.personId);
    if (held)
      throw conflict(
        'already_awarded',
        {
          vi: `Người này đã được tặng ${type.name}; mỗi người chỉ được tặng một lần`,
          en: 'This person already holds the award, given once per person',
        },
        'body.personId',
      );
    const values = { ...input, campaignId, unitId: unit.id, unitPath: unit.path, ruleVersionId, check };
    const id = await insertNomination(sql, values, actor.userId);
    if (!id)
      throw conflict(
        'duplicate',
        { vi: 'Đã có hồ sơ đề nghị này trong đợt xét', en: 'This nomination already exists in the campaign' },
        'body.personId',
      );
    await recordAudit(sql, audit(actor, ip, { id, unit_id: unit.id }, 'nomination.create', values));
    return detailOf(sql, actor, campaignId);
  });
}

/** The path of the unit directly above: a path less its last label. */
const parentPath = (path: string) => path.split('.').slice(0, -1).join('.');

/** The nominating unit submits: the check is run again on the facts as they stand, and it goes one level up. */
export async function submitNomination(db: Database, actor: Actor, id: number, ip: string) {
  return inScope(db, actor.scopePath, async (sql) => {
    const row = await requireNomination(sql, actor, id, nominationActions.submit);
    const campaign = await requireCampaign(sql, row.campaign_id);
    const { ruleVersionId, check } = await checkNominee(sql, campaign, row.award_type_id, row.person_id);
    await setNominationCheck(sql, id, ruleVersionId, check);
    const atOwner = row.unit_id === campaign.owner_unit_id;
    const next = atOwner
      ? { status: 'approved' as const, atPath: row.unit_path }
      : { status: 'submitted' as const, atPath: parentPath(row.unit_path) };
    await moveNomination(sql, id, next);
    await recordAudit(sql, audit(actor, ip, row, 'nomination.submit', { ...next, check: check.outcome }));
    return detailOf(sql, actor, row.campaign_id);
  });
}

/** The leader where the nomination waits approves it: up one more level, or to the council at the owner. */
export async function approveNomination(db: Database, actor: Actor, id: number, comment: string, ip: string) {
  return inScope(db, actor.scopePath, async (sql) => {
    const row = await requireNomination(sql, actor, id, nominationActions.approve);
    const atOwner = row.at_path === row.owner_path;
    const next = atOwner
      ? { status: 'approved' as const, atPath: row.at_path, comment }
      : { status: 'submitted' as const, atPath: parentPath(row.at_path), comment };
    await moveNomination(sql, id, next);
    await recordAudit(sql, audit(actor, ip, row, 'nomination.approve', next));
    return detailOf(sql, actor, row.campaign_id);
  });
}

export async function returnNomination(db: Database, actor: Actor, id: number, comment: string, ip: string) {
  return inScope(db, actor.scopePath, async (sql) => {
    const row = await requireNomination(sql, actor, id, nominationActions.return);
    const next = { status: 'returned' as const, atPath: row.unit_path, comment };
    await moveNomination(sql, id, next);
    await recordAudit(sql, audit(actor, ip, row, 'nomination.return', next));
    return detailOf(sql, actor, row.campaign_id);
  });
}

/** The council's vote on an approved nomination, passed or not by the campaign's pass rule. */
export async function recordVote(db: Database, actor: Actor, id: number, vote: VoteInput, ip: string) {
  return inScope(db, actor.scopePath, async (sql) => {
    const row = await requireNomination(sql, actor, id, nominationActions.vote);
    const campaign = await requireCampaign(sql, row.campaign_id);
    if (campaign.status !== 'open')
      throw conflict('illegal_transition', {
        vi: 'Đợt xét đã có quyết định, không thể sửa kết quả bỏ phiếu',
        en: 'The campaign has been decided; votes cannot change',
      });
    const status = votePasses(campaign.pass_rule, vote.members, vote.inFavour) ? 'passed' : 'failed';
    await setNominationVotes(sql, id, vote, status);
    await recordAudit(sql, audit(actor, ip, row, 'nomination.vote', { ...vote, status }));
    return detailOf(sql, actor, row.campaign_id);
  });
}

/** Evidence attached by the nominating unit while it prepares the nomination. */
export async function attachEvidence(
  deps: { db: Database; files: FileStore },
  actor: Actor,
  id: number,
  file: { fileName: string; content: Buffer },
  ip: string,
) {
  const mime = await evidenceType(file.content);
  // Checked before the file is stored, so nobody fills the store through a nomination they may not prepare.
  await inScope(deps.db, actor.scopePath, (sql) => requireNomination(sql, actor, id, nominationActions.attach));
  const sha256 = await deps.files.put(file.content);
  const fileName = cleanFileName(file.fileName, 'minh-chung');
  return inScope(deps.db, actor.scopePath, async (sql) => {
    const row = await requireNomination(sql, actor, id, nominationActions.attach);
    const values = { nominationId: id, fileName, mime, size: file.content.length, sha256 };
    const evidenceId = await insertEvidence(sql, values, actor.userId);
    if (!evidenceId)
      throw conflict(
        'duplicate',
        { vi: 'Tệp này đã được đính kèm cho hồ sơ', en: 'This file is already attached to the nomination' },
        'file',
      );
    await recordAudit(sql, audit(actor, ip, row, 'nomination.attach', { evidenceId, ...values }));
    return detailOf(sql, actor, row.campaign_id);
  });
}

export async function readEvidence(
  deps: { db: Database; files: FileStore },
  actor: Actor,
  id: number,
  evidenceId: number,
) {
  const evidence = await inScope(deps.db, actor.scopePath, async (sql) => {
    await requireNomination(sql, actor, id, nominationActions.read);
    return (await findEvidence(sql, [id])).find((e) => e.id === evidenceId);
  });
  if (!evidence) throw notFound({ vi: 'Không tìm thấy tệp minh chứng', en: 'Evidence file not found' });
  return { fileName: evidence.file_name, mime: evidence.mime, content: await deps.files.get(evidence.sha256) };
}
