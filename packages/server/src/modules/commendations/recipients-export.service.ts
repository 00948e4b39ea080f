import { shortPlace } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { notFound } from '../../http/errors.js';
import { documentIssuerOf } from '../units/index.js';
import { campaignActions } from './commendations.policy.js';
import { authorize, wholeScope } from '../../auth/authorize.js';
import { campaignDetail, requireCampaign } from './campaigns.service.js';
import { renderRecipientsDocx, renderRecipientsXlsx, type RecipientsList } from './recipients-export.js';

/**
 * The list of a decision's recipients as the reader sees it: the owner and the levels above see every
 * recipient; a unit below sees its own (row-level security), under the decision's issuer by name.
 */
async function recipientsList(db: Database, actor: Actor, campaignId: number, decisionId: number) {
  authorize(actor, campaignActions.read, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql): Promise<RecipientsList> => {
    const campaign = await requireCampaign(sql, campaignId);
    const detail = await campaignDetail(sql, actor, campaign);
    const decision = detail.decisions.find((d) => d.id === decisionId);
    if (!decision) throw notFound({ vi: 'Không tìm thấy quyết định khen thưởng', en: 'Decision not found' });
    const issuer = campaign.owner_path
      ? await documentIssuerOf(sql, { id: campaign.owner_unit_id, name: campaign.owner_name })
      : { superior: '', shortName: decision.issuer };
    return {
      decision,
      issuer,
      issuerName: decision.issuer,
      place: shortPlace(campaign.owner_name) ?? campaign.owner_name,
      collectives: decision.recipients.filter((r) => r.collective),
      individuals: decision.recipients.filter((r) => !r.collective),
    };
  });
}

export async function exportRecipients(
  db: Database,
  actor: Actor,
  campaignId: number,
  decisionId: number,
  format: 'docx' | 'xlsx',
) {
  const list = await recipientsList(db, actor, campaignId, decisionId);
  return format === 'docx' ? renderRecipientsDocx(list) : renderRecipientsXlsx(list);
}
