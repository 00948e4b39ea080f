import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import {
  awardTypeBody,
  campaignBody,
  campaignListQuery,
  campaignQuotasBody,
  commendationDecisionBody,
  idSchema,
  nominationBody,
  nominationCommentBody,
  nominationListQuery,
  nominationReturnBody,
  personBody,
  personListQuery,
  ruleVersionBody,
  voteBody,
} from '@danvan/shared';
import { z } from 'zod';
import { authorize } from '../../auth/authorize.js';
import { inScope } from '../../db/scope.js';
import { evidenceMessages, MAX_EVIDENCE_BYTES } from '../../files/evidence-file.js';
import { FileStore } from '../../files/file-store.js';
import { XLSX_MIME } from '../../files/xlsx.js';
import type { AppInstance } from '../../http/app-types.js';
import { contentDisposition } from '../../http/content-disposition.js';
import { readUploadedFile } from '../../http/upload.js';
import { findEntityHistory } from '../audit/index.js';
import { addRuleVersion, createAwardType, editAwardType, listAwardTypes } from './award-types.service.js';
import { campaignActions } from './commendations.policy.js';
import { setCampaignQuotas } from './campaign-quotas.service.js';
import {
  createCampaign,
  decide,
  getCampaign,
  listCampaigns,
  listNominations,
  requireCampaign,
} from './campaigns.service.js';
import {
  approveNomination,
  attachEvidence,
  nominate,
  readEvidence,
  recordVote,
  returnNomination,
  submitNomination,
} from './nominations.service.js';
import { createPerson, editPerson, getPerson, listPeople } from './people.service.js';
import { renderNominationsXlsx } from './nominations-xlsx.js';
import { renderPeopleXlsx } from './people-xlsx.js';
import { exportRecipients } from './recipients-export.service.js';

const tags = ['commendations'];
const base = '/api/commendations';
const idParam = z.object({ id: idSchema });
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function commendationRoutes(app: AppInstance): Promise<void> {
  const files = new FileStore(path.join(app.config.dataDir, 'files'));
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_EVIDENCE_BYTES + 1, files: 1, fields: 5 } });
  const { db } = app;

  // Award types and their rule versions: read by all, edited by administrators.
  app.get(
    `${base}/award-types`,
    { schema: { tags, summary: 'Hình thức khen thưởng / award types' }, config: { action: 'awardType.read' } },
    (request) => listAwardTypes(db, request.requireActor()),
  );
  app.post(
    `${base}/award-types`,
    {
      schema: { tags, summary: 'Thêm hình thức khen thưởng / add an award type', body: awardTypeBody },
      config: { action: 'awardType.manage' },
    },
    async (request, reply) =>
      reply.code(201).send(await createAwardType(db, request.requireActor(), request.body, request.ip)),
  );
  app.put(
    `${base}/award-types/:id`,
    {
      schema: { tags, summary: 'Sửa hình thức khen thưởng / edit', params: idParam, body: awardTypeBody },
      config: { action: 'awardType.manage' },
    },
    (request) => editAwardType(db, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.post(
    `${base}/award-types/:id/versions`,
    {
      schema: {
        tags,
        summary: 'Thêm phiên bản tiêu chuẩn theo ngày hiệu lực / add a rule version',
        params: idParam,
        body: ruleVersionBody,
      },
      config: { action: 'awardType.manage' },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addRuleVersion(db, request.requireActor(), request.params.id, request.body, request.ip)),
  );

  // The people register.
  app.get(
    `${base}/people`,
    {
      schema: { tags, summary: 'Danh sách người xét khen thưởng / people', querystring: personListQuery },
      config: { action: 'commendationPerson.read' },
    },
    (request) => listPeople(db, request.requireActor(), request.query),
  );
  app.get(
    `${base}/people/export.xlsx`,
    {
      schema: { tags, summary: 'Xuất danh sách ra Excel / export', querystring: personListQuery },
      config: { action: 'commendationPerson.read' },
    },
    async (request, reply) => {
      const { items } = await listPeople(db, request.requireActor(), { ...request.query, limit: 10_000, offset: 0 });
      const buffer = await renderPeopleXlsx(items);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition('nguoi-xet-khen-thuong.xlsx'))
        .send(buffer);
    },
  );
  app.post(
    `${base}/people`,
    {
      schema: { tags, summary: 'Thêm người / add a person', body: personBody },
      config: { action: 'commendationPerson.write' },
    },
    async (request, reply) =>
      reply.code(201).send(await createPerson(db, request.requireActor(), request.body, request.ip)),
  );
  app.get(
    `${base}/people/:id`,
    {
      schema: { tags, summary: 'Một người / a person', params: idParam },
      config: { action: 'commendationPerson.read' },
    },
    (request) => getPerson(db, request.requireActor(), request.params.id),
  );
  app.put(
    `${base}/people/:id`,
    {
      schema: { tags, summary: 'Sửa thông tin / edit a person', params: idParam, body: personBody },
      config: { action: 'commendationPerson.write' },
    },
    (request) => editPerson(db, request.requireActor(), request.params.id, request.body, request.ip),
  );

  // Campaigns, nominations, the council's vote and decisions.
  app.get(
    `${base}/campaigns`,
    {
      schema: { tags, summary: 'Đợt xét khen thưởng / campaigns', querystring: campaignListQuery },
      config: { action: 'campaign.read' },
    },
    (request) => listCampaigns(db, request.requireActor(), request.query),
  );
  app.post(
    `${base}/campaigns`,
    {
      schema: { tags, summary: 'Mở đợt xét / open a campaign', body: campaignBody },
      config: { action: 'campaign.create' },
    },
    async (request, reply) =>
      reply.code(201).send(await createCampaign(db, request.requireActor(), request.body, request.ip)),
  );
  app.get(
    `${base}/campaigns/:id`,
    { schema: { tags, summary: 'Một đợt xét / a campaign', params: idParam }, config: { action: 'campaign.read' } },
    (request) => getCampaign(db, request.requireActor(), request.params.id),
  );
  app.get(
    `${base}/campaigns/:id/history`,
    { schema: { tags, summary: 'Lịch sử / history', params: idParam }, config: { action: 'campaign.read' } },
    (request) => {
      const actor = request.requireActor();
      authorize(actor, campaignActions.read, { path: actor.scopePath });
      return inScope(db, actor.scopePath, async (sql) => {
        await requireCampaign(sql, request.params.id);
        return (await findEntityHistory(sql, 'campaign', request.params.id)).items;
      });
    },
  );
  app.get(
    `${base}/campaigns/:id/nominations.xlsx`,
    {
      schema: { tags, summary: 'Xuất hồ sơ đề nghị ra Excel / nominations', params: idParam },
      config: { action: 'campaign.read' },
    },
    async (request, reply) => {
      const campaign = await getCampaign(db, request.requireActor(), request.params.id);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition('ho-so-de-nghi.xlsx'))
        .send(await renderNominationsXlsx(campaign));
    },
  );
  app.get(
    `${base}/campaigns/:id/nominations`,
    {
      schema: {
        tags,
        summary: 'Hồ sơ đề nghị của đợt xét, sắp xếp và phân trang / nominations, sorted and paged',
        params: idParam,
        querystring: nominationListQuery,
      },
      config: { action: 'campaign.read' },
    },
    (request) => listNominations(db, request.requireActor(), request.params.id, request.query),
  );
  app.put(
    `${base}/campaigns/:id/quotas`,
    {
      schema: { tags, summary: 'Sửa chỉ tiêu / change the quotas', params: idParam, body: campaignQuotasBody },
      config: { action: 'campaign.setQuotas' },
    },
    (request) => setCampaignQuotas(db, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.post(
    `${base}/campaigns/:id/nominations`,
    {
      schema: { tags, summary: 'Lập hồ sơ đề nghị / nominate', params: idParam, body: nominationBody },
      config: { action: 'campaign.nominate' },
    },
    async (request, reply) =>
      reply.code(201).send(await nominate(db, request.requireActor(), request.params.id, request.body, request.ip)),
  );
  app.post(
    `${base}/campaigns/:id/decisions`,
    {
      schema: {
        tags,
        summary: 'Ghi quyết định khen thưởng / record the decision',
        params: idParam,
        body: commendationDecisionBody,
      },
      config: { action: 'campaign.decide' },
    },
    async (request, reply) =>
      reply.code(201).send(await decide(db, request.requireActor(), request.params.id, request.body, request.ip)),
  );
  for (const format of ['docx', 'xlsx'] as const)
    app.get(
      `${base}/campaigns/:id/decisions/:decisionId/recipients.${format}`,
      {
        schema: {
          tags,
          summary: `Danh sách được khen thưởng (${format === 'docx' ? 'Word' : 'Excel'}) / recipients`,
          params: idParam.extend({ decisionId: idSchema }),
        },
        config: { action: 'campaign.read' },
      },
      async (request, reply) => {
        const buffer = await exportRecipients(
          db,
          request.requireActor(),
          request.params.id,
          request.params.decisionId,
          format,
        );
        return reply
          .type(format === 'docx' ? DOCX_MIME : XLSX_MIME)
          .header('content-disposition', contentDisposition(`danh-sach-khen-thuong.${format}`))
          .send(buffer);
      },
    );

  app.post(
    `${base}/nominations/:id/submit`,
    {
      schema: { tags, summary: 'Trình lên cấp trên / submit', params: idParam },
      config: { action: 'nomination.submit' },
    },
    (request) => submitNomination(db, request.requireActor(), request.params.id, request.ip),
  );
  app.post(
    `${base}/nominations/:id/approve`,
    {
      schema: { tags, summary: 'Duyệt / approve', params: idParam, body: nominationCommentBody },
      config: { action: 'nomination.approve' },
    },
    (request) => approveNomination(db, request.requireActor(), request.params.id, request.body.comment, request.ip),
  );
  app.post(
    `${base}/nominations/:id/return`,
    {
      schema: { tags, summary: 'Trả lại kèm ý kiến / return', params: idParam, body: nominationReturnBody },
      config: { action: 'nomination.return' },
    },
    (request) => returnNomination(db, request.requireActor(), request.params.id, request.body.comment, request.ip),
  );
  app.post(
    `${base}/nominations/:id/vote`,
    {
      schema: { tags, summary: 'Kết quả bỏ phiếu của Hội đồng / council vote', params: idParam, body: voteBody },
      config: { action: 'nomination.vote' },
    },
    (request) => recordVote(db, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.post(
    `${base}/nominations/:id/evidence`,
    {
      schema: { tags, summary: 'Đính kèm minh chứng (multipart, trường "file") / attach evidence', params: idParam },
      config: { action: 'nomination.attach' },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const file = await readUploadedFile(request, evidenceMessages);
      return reply.code(201).send(await attachEvidence({ db, files }, actor, request.params.id, file, request.ip));
    },
  );
  app.get(
    `${base}/nominations/:id/evidence/:evidenceId`,
    {
      schema: {
        tags,
        summary: 'Tải tệp minh chứng / download evidence',
        params: idParam.extend({ evidenceId: idSchema }),
      },
      config: { action: 'nomination.read' },
    },
    async (request, reply) => {
      const file = await readEvidence(
        { db, files },
        request.requireActor(),
        request.params.id,
        request.params.evidenceId,
      );
      return reply.type(file.mime).header('content-disposition', contentDisposition(file.fileName)).send(file.content);
    },
  );
}
