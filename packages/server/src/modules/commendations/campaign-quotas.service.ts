import type { CampaignDetail, CampaignQuotasInput } from '@danvan/shared';
import { authorize, type Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { campaignActions } from './commendations.policy.js';
import { countNominationsByUnit, findQuotas, replaceQuotas } from './campaigns.repository.js';
import { campaignDetail, campaignRecord, checkQuotaUnits, requireCampaign } from './campaigns.service.js';

/**
 * The owner changes a campaign's quotas while it is open (the whole list: a unit left out has no
 * quota any more). A quota below what the unit has already nominated is refused, naming the unit and
 * its count; the change is audited with the quotas before and after.
 */
export async function setCampaignQuotas(
  db: Database,
  actor: Actor,
  id: number,
  input: CampaignQuotasInput,
  ip: string,
): Promise<CampaignDetail> {
  return inScope(db, actor.scopePath, async (sql) => {
    const campaign = await requireCampaign(sql, id, true);
    authorize(actor, campaignActions.setQuotas, campaignRecord(actor, campaign));
    const names = await checkQuotaUnits(sql, actor, campaign.owner_path, input.quotas);
    const nominated = await countNominationsByUnit(sql, id);
    const below = input.quotas.flatMap((q, index) => {
      const made = nominated.get(q.unitId) ?? 0;
      return q.quota < made ? [{ index, name: names.get(q.unitId) ?? '', quota: q.quota, made }] : [];
    });
    if (below.length > 0)
      throw new AppError(
        422,
        'quota_below_nominated',
        {
          vi: 'Chỉ tiêu không được thấp hơn số hồ sơ đơn vị đã đề nghị',
          en: 'A quota cannot be below the nominations the unit has already made',
        },
        below.map((b) => ({
          path: `body.quotas.${b.index}.quota`,
          vi: `${b.name} đã đề nghị ${b.made} hồ sơ, chỉ tiêu không thể là ${b.quota}`,
          en: `${b.name} has already made ${b.made} nominations; the quota cannot be ${b.quota}`,
        })),
      );
    const before = (await findQuotas(sql, id)).map((q) => ({ unitId: q.unit_id, quota: q.quota }));
    await replaceQuotas(sql, id, input.quotas);
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: campaign.owner_unit_id,
      action: 'campaign.quotas',
      entityType: 'campaign',
      entityId: id,
      before: { quotas: before },
      after: input,
      ip,
    });
    return campaignDetail(sql, actor, await requireCampaign(sql, id));
  });
}
