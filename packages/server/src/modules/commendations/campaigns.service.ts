import type {
  CampaignDetail,
  CampaignInput,
  CampaignQuotasInput,
  CampaignListQuery,
  CampaignSummary,
  NominationListQuery,
  CommendationDecisionInput,
  DecisionSummary,
  NominationSummary,
} from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { recordAudit } from '../audit/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { findAwardTypes, findAwardTypesByIds, findRuleVersionInForce } from './award-types.repository.js';
import {
  campaignActions,
  nominationActions,
  type CampaignRecord,
  type NominationRecord,
} from './commendations.policy.js';
import {
  findCampaign,
  findCampaigns,
  findEvidence,
  findNominationPage,
  findNominations,
  findQuotas,
  insertCampaign,
  insertQuotas,
  moveNomination,
  setCampaignStatus,
  type CampaignRow,
  type NominationRow,
} from './campaigns.repository.js';
import { findDecisions, findRecipients, insertDecision, insertRecipient } from './decisions.repository.js';

/**
 * A campaign as the policy sees it. The units below the owner see the campaign without the owner's
 * row: it is then placed at the reader's own unit, so that what they may not do is a 403, not a 404.
 */
export const campaignRecord = (actor: Actor, row: CampaignRow): CampaignRecord => ({
  path: row.owner_path || actor.scopePath,
  status: row.status,
  owned: row.owner_path === actor.scopePath,
});

/** Loads a campaign the actor sees (404 otherwise); the owner's path is empty for the units below it. */
export async function requireCampaign(sql: Sql, id: number, forUpdate = false): Promise<CampaignRow> {
  const row = await findCampaign(sql, id, forUpdate);
  if (!row) throw notFound({ vi: 'Không tìm thấy đợt xét khen thưởng', en: 'Campaign not found' });
  return row;
}

/** True when the actor's unit may nominate in the campaign: its own unit or one below the owner. */
export const nominatesIn = (actor: Actor, campaign: CampaignRow) =>
  campaign.owner_path === '' || campaign.owner_path === actor.scopePath;

async function presentCampaign(sql: Sql, row: CampaignRow): Promise<CampaignSummary> {
  const types = await findAwardTypesByIds(sql, row.award_type_ids);
  return {
    id: row.id,
    ownerUnitId: row.owner_unit_id,
    ownerName: row.owner_name,
    title: row.title,
    awardTypes: types.map((t) => ({ id: t.id, code: t.code, name: t.name, recipients: t.recipients })),
    referenceDate: row.reference_date,
    deadline: row.deadline,
    passRule: row.pass_rule,
    status: row.status,
    nominationCount: row.nomination_count,
  };
}

/** A page of the campaigns of the scope (those of the units above included), sorted on the server. */
export async function listCampaigns(db: Database, actor: Actor, query: CampaignListQuery) {
  authorize(actor, campaignActions.read, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    const { total, rows } = await findCampaigns(sql, query);
    const items: CampaignSummary[] = [];
    for (const row of rows) items.push(await presentCampaign(sql, row));
    return { total, items };
  });
}

/** A page of a campaign's nominations as the reader sees them (a unit below sees its own: row-level security). */
export async function listNominations(db: Database, actor: Actor, campaignId: number, query: NominationListQuery) {
  authorize(actor, campaignActions.read, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    await requireCampaign(sql, campaignId);
    const { total, rows } = await findNominationPage(sql, campaignId, query);
    const evidence = await findEvidence(
      sql,
      rows.map((n) => n.id),
    );
    return { total, items: rows.map((n) => presentNomination(actor, n, evidence)) };
  });
}

export const nominationRecord = (row: NominationRow): NominationRecord => ({
  path: row.unit_path,
  atPath: row.at_path,
  ownerPath: row.owner_path,
  status: row.status,
});

export function presentNomination(
  actor: Actor,
  row: NominationRow,
  evidence: { id: number; nomination_id: number; file_name: string; size: number }[],
): NominationSummary {
  const record = nominationRecord(row);
  const personal = actor.role !== 'viewer';
  return {
    id: row.id,
    campaignId: row.campaign_id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    awardTypeId: row.award_type_id,
    awardName: row.award_name,
    personId: row.person_id,
    collectiveUnitId: row.collective_unit_id,
    nomineeName: row.nominee_name,
    position: row.position,
    birthYear: personal ? row.birth_year : null,
    atUnitName: row.at_name,
    status: row.status,
    achievements: row.achievements,
    comment: row.comment,
    ruleVersionName: row.rule_version_name,
    checkOutcome: row.check_outcome,
    check: row.check_result,
    votes:
      row.votes_members === null
        ? null
        : {
            members: row.votes_members,
            inFavour: row.votes_for ?? 0,
            against: row.votes_against ?? 0,
            abstaining: row.votes_abstaining ?? 0,
          },
    evidence: evidence
      .filter((e) => e.nomination_id === row.id)
      .map((e) => ({ id: e.id, fileName: e.file_name, size: e.size })),
    abilities: {
      submit: can(actor, nominationActions.submit, record),
      approve: can(actor, nominationActions.approve, record),
      return: can(actor, nominationActions.return, record),
      vote: can(actor, nominationActions.vote, record),
      attach: can(actor, nominationActions.attach, record),
    },
  };
}

async function decisionsOf(sql: Sql, campaignId: number): Promise<DecisionSummary[]> {
  const decisions = await findDecisions(sql, campaignId);
  const recipients = await findRecipients(
    sql,
    decisions.map((d) => d.id),
  );
  return decisions.map((d) => ({
    id: d.id,
    awardTypeId: d.award_type_id,
    awardName: d.award_name,
    number: d.number,
    signedOn: d.signed_on,
    issuer: d.issuer,
    signer: d.signer,
    recipients: recipients
      .filter((r) => r.decision_id === d.id)
      .map((r) => ({
        nominationId: r.nomination_id,
        collective: r.collective,
        name: r.name,
        birthYear: r.birth_year,
        position: r.position,
        unitName: r.unit_name,
      })),
  }));
}

export async function campaignDetail(
  sql: Sql,
  actor: Actor,
  row: CampaignRow,
  today = vietnamDay(),
): Promise<CampaignDetail> {
  const nominations = await findNominations(sql, row.id);
  const evidence = await findEvidence(
    sql,
    nominations.map((n) => n.id),
  );
  const own = { path: actor.scopePath, status: row.status, owned: false };
  return {
    ...(await presentCampaign(sql, row)),
    quotas: (await findQuotas(sql, row.id)).map((q) => ({
      unitId: q.unit_id,
      unitName: q.unit_name,
      quota: q.quota,
      nominated: q.nominated,
    })),
    nominations: nominations.map((n) => presentNomination(actor, n, evidence)),
    decisions: await decisionsOf(sql, row.id),
    abilities: {
      nominate: nominatesIn(actor, row) && today <= row.deadline && can(actor, campaignActions.nominate, own),
      vote: can(actor, campaignActions.decide, campaignRecord(actor, row)),
      decide: can(actor, campaignActions.decide, campaignRecord(actor, row)),
      setQuotas: can(actor, campaignActions.setQuotas, campaignRecord(actor, row)),
    },
  };
}

export async function getCampaign(db: Database, actor: Actor, id: number): Promise<CampaignDetail> {
  authorize(actor, campaignActions.read, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => campaignDetail(sql, actor, await requireCampaign(sql, id)));
}

/** Quotas are for units of the owner's scope below the owner itself (404 for a unit out of scope). */
export async function checkQuotaUnits(
  sql: Sql,
  actor: Actor,
  ownerPath: string,
  quotas: CampaignQuotasInput['quotas'],
): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (const [index, quota] of quotas.entries()) {
    const field = `body.quotas.${index}.unitId`;
    const unit = await requireUnit(sql, actor, quota.unitId, unitActions.read, { field });
    if (unit.path === ownerPath)
      throw invalid(field, {
        vi: 'Chỉ tiêu giao cho các đơn vị cấp dưới',
        en: 'Quotas are for the units below the owner',
      });
    names.set(unit.id, unit.name);
  }
  return names;
}

/** Opens a campaign of the actor's unit, for the units below it, with a quota per unit. */
export async function createCampaign(db: Database, actor: Actor, input: CampaignInput, ip: string) {
  authorize(actor, campaignActions.create, wholeScope(actor));
  if (input.deadline > input.referenceDate)
    throw invalid('body.deadline', {
      vi: 'Hạn gửi hồ sơ phải trước hoặc đúng ngày xét',
      en: 'The nomination deadline must be on or before the reference date',
    });
  return inScope(db, actor.scopePath, async (sql) => {
    const owner = await requireUnit(sql, actor, actor.scopeUnitId, unitActions.read);
    const types = await findAwardTypesByIds(sql, [...new Set(input.awardTypeIds)]);
    if (types.length !== new Set(input.awardTypeIds).size || types.some((t) => !t.active))
      throw invalid(
        'body.awardTypeIds',
        { vi: 'Không tìm thấy hình thức khen thưởng', en: 'Award type not found' },
        404,
      );
    await checkQuotaUnits(sql, actor, owner.path, input.quotas);
    const id = await insertCampaign(
      sql,
      { ...input, awardTypeIds: types.map((t) => t.id), ownerUnitId: owner.id, ownerName: owner.name },
      actor.userId,
    );
    await insertQuotas(sql, id, input.quotas);
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: owner.id,
      action: 'campaign.create',
      entityType: 'campaign',
      entityId: id,
      after: input,
      ip,
    });
    return campaignDetail(sql, actor, await requireCampaign(sql, id));
  });
}

/**
 * Records the decision for one award type of the campaign: every nomination the council passed
 * becomes a recipient. The same once-only award to a person who holds it is refused (the recipients'
 * unique index holds it against a race too); the campaign is decided once every award type is.
 */
export async function decide(db: Database, actor: Actor, id: number, input: CommendationDecisionInput, ip: string) {
  return inScope(db, actor.scopePath, async (sql) => {
    const campaign = await requireCampaign(sql, id, true);
    authorize(actor, campaignActions.decide, campaignRecord(actor, campaign));
    if (!campaign.award_type_ids.includes(input.awardTypeId))
      throw invalid('body.awardTypeId', {
        vi: 'Hình thức khen thưởng không thuộc đợt xét này',
        en: 'The award type is not part of this campaign',
      });
    const passed = (await findNominations(sql, id)).filter(
      (n) => n.award_type_id === input.awardTypeId && n.status === 'passed',
    );
    if (passed.length === 0)
      throw conflict('nothing_passed', {
        vi: 'Chưa có hồ sơ nào được Hội đồng thông qua cho hình thức khen thưởng này',
        en: 'The council has passed no nomination for this award',
      });
    const decisionId = await insertDecision(sql, id, input, actor.userId);
    if (!decisionId)
      throw conflict(
        'duplicate',
        { vi: 'Đã có quyết định cho hình thức khen thưởng này', en: 'This award already has a decision' },
        'body.awardTypeId',
      );
    const rules = await findRuleVersionInForce(sql, input.awardTypeId, campaign.reference_date);
    const onceOnly = rules?.rules.some((r) => r.kind === 'once_per_person') ?? false;
    for (const n of passed) {
      const added = await insertRecipient(sql, {
        decisionId,
        nominationId: n.id,
        awardTypeId: n.award_type_id,
        unitId: n.unit_id,
        personId: n.person_id,
        collectiveUnitId: n.collective_unit_id,
        onceOnly,
        awardedOn: input.signedOn,
      });
      if (!added)
        throw conflict('already_awarded', {
          vi: `${n.nominee_name} đã được tặng ${n.award_name}; mỗi người chỉ được tặng một lần`,
          en: `${n.nominee_name} already holds this award, given once per person`,
        });
      await moveNomination(sql, n.id, { status: 'awarded', atPath: n.at_path });
    }
    const decided = new Set((await findDecisions(sql, id)).map((d) => d.award_type_id));
    if (campaign.award_type_ids.every((t) => decided.has(t))) await setCampaignStatus(sql, id, 'decided');
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: campaign.owner_unit_id,
      action: 'campaign.decide',
      entityType: 'campaign',
      entityId: id,
      after: { decisionId, ...input, recipients: passed.map((n) => n.id) },
      ip,
    });
    return campaignDetail(sql, actor, await requireCampaign(sql, id));
  });
}

/** The active award types a campaign may be opened for (for the campaign form). */
export const activeAwardTypes = async (sql: Sql) => (await findAwardTypes(sql)).filter((t) => t.active);
