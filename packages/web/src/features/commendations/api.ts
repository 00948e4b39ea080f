import type {
  AwardType,
  AwardTypeInput,
  CampaignDetail,
  CampaignInput,
  CampaignQuotasInput,
  CampaignSort,
  CampaignSummary,
  CommendationDecisionInput,
  NominationInput,
  NominationSort,
  NominationStatus,
  NominationSummary,
  PersonDetail,
  PersonInput,
  PersonSort,
  PersonSummary,
  RuleVersionInput,
  VoteInput,
} from '@danvan/shared';
import { api, upload } from '../../lib/api';

const base = '/api/commendations';

export const ktKeys = {
  all: ['commendations'] as const,
  awardTypes: ['commendations', 'award-types'] as const,
  campaigns: (query: CampaignListParams) => ['commendations', 'campaigns', query] as const,
  campaign: (id: number) => ['commendations', 'campaign', id] as const,
  nominations: (id: number, query: NominationListParams) => ['commendations', 'nominations', id, query] as const,
  people: (query: PersonListParams) => ['commendations', 'people', query] as const,
  person: (id: number) => ['commendations', 'person', id] as const,
};

export const fetchAwardTypes = () => api<AwardType[]>(`${base}/award-types`);
export const createAwardType = (body: AwardTypeInput) =>
  api<AwardType>(`${base}/award-types`, { method: 'POST', body });
export const editAwardType = (id: number, body: AwardTypeInput) =>
  api<AwardType>(`${base}/award-types/${id}`, { method: 'PUT', body });
export const addRuleVersion = (id: number, body: RuleVersionInput) =>
  api<AwardType>(`${base}/award-types/${id}/versions`, { method: 'POST', body });

export interface CampaignListParams {
  q: string;
  status?: 'open' | 'decided';
  sort: CampaignSort;
  limit: number;
  offset: number;
}
export interface NominationListParams {
  q: string;
  status?: NominationStatus;
  kind?: 'individual' | 'collective';
  sort: NominationSort;
  limit: number;
  offset: number;
}
export interface PersonListParams {
  q: string;
  sort: PersonSort;
  limit: number;
  offset: number;
}

export const fetchCampaigns = (query: CampaignListParams) =>
  api<{ total: number; items: CampaignSummary[] }>(`${base}/campaigns`, {
    query: { ...query, q: query.q.trim() || undefined },
  });
export const fetchNominations = (campaignId: number, query: NominationListParams) =>
  api<{ total: number; items: NominationSummary[] }>(`${base}/campaigns/${campaignId}/nominations`, {
    query: { ...query, q: query.q.trim() || undefined },
  });
export const setQuotas = (campaignId: number, body: CampaignQuotasInput) =>
  api<CampaignDetail>(`${base}/campaigns/${campaignId}/quotas`, { method: 'PUT', body });
export const nominationsExportPath = (campaignId: number) => `${base}/campaigns/${campaignId}/nominations.xlsx`;
export const fetchCampaign = (id: number) => api<CampaignDetail>(`${base}/campaigns/${id}`);
export const createCampaign = (body: CampaignInput) =>
  api<CampaignDetail>(`${base}/campaigns`, { method: 'POST', body });
export const nominate = (campaignId: number, body: NominationInput) =>
  api<CampaignDetail>(`${base}/campaigns/${campaignId}/nominations`, { method: 'POST', body });
export const decide = (campaignId: number, body: CommendationDecisionInput) =>
  api<CampaignDetail>(`${base}/campaigns/${campaignId}/decisions`, { method: 'POST', body });
export const recipientsPath = (campaignId: number, decisionId: number, format: 'docx' | 'xlsx') =>
  `${base}/campaigns/${campaignId}/decisions/${decisionId}/recipients.${format}`;

export const nominationStep = (id: number, verb: 'submit' | 'approve' | 'return', comment = '') =>
  api<CampaignDetail>(`${base}/nominations/${id}/${verb}`, {
    method: 'POST',
    body: verb === 'submit' ? undefined : { comment },
  });
export const recordVote = (id: number, body: VoteInput) =>
  api<CampaignDetail>(`${base}/nominations/${id}/vote`, { method: 'POST', body });
export const uploadEvidence = (id: number, file: File) =>
  upload<CampaignDetail>(`${base}/nominations/${id}/evidence`, file);
export const evidencePath = (id: number, evidenceId: number) => `${base}/nominations/${id}/evidence/${evidenceId}`;

export const fetchPeople = (query: PersonListParams) =>
  api<{ total: number; items: PersonSummary[] }>(`${base}/people`, {
    query: { ...query, q: query.q.trim() || undefined },
  });
export const peopleExportPath = (q: string, sort: PersonSort) => {
  const params = new URLSearchParams({ sort });
  if (q.trim()) params.set('q', q.trim());
  return `${base}/people/export.xlsx?${params.toString()}`;
};
export const fetchPerson = (id: number) => api<PersonDetail>(`${base}/people/${id}`);
export const savePerson = (id: number | null, body: PersonInput) =>
  api<PersonDetail>(id ? `${base}/people/${id}` : `${base}/people`, { method: id ? 'PUT' : 'POST', body });
