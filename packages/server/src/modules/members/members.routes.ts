import {
  chartSvgQuery,
  memberCountBody,
  memberCountListQuery,
  memberRollupChart,
  memberRollupQuery,
  idSchema,
} from '@danvan/shared';
import { z } from 'zod';
import { XLSX_MIME } from '../../files/xlsx.js';
import { contentDisposition } from '../../http/content-disposition.js';
import type { AppInstance } from '../../http/app-types.js';
import { sendChartSvg } from '../../http/chart-svg.js';
import { renderMemberCountsXlsx } from './members-xlsx.js';
import {
  createMemberCount,
  editMemberCount,
  getMemberCount,
  getMemberCountHistory,
  getMemberRollup,
  listMemberCounts,
} from './members.service.js';

const tags = ['members'];
const idParam = z.object({ id: idSchema });

export function memberRoutes(app: AppInstance): void {
  app.get(
    '/api/member-counts',
    {
      schema: { tags, summary: 'Số liệu đoàn viên, hội viên / member counts', querystring: memberCountListQuery },
      config: { action: 'member_count.read' },
    },
    (request) => listMemberCounts(app.db, request.requireActor(), request.query),
  );
  app.get(
    '/api/member-counts/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất danh sách ra Excel / export the filtered list',
        querystring: memberCountListQuery,
      },
      config: { action: 'member_count.read' },
    },
    async (request, reply) => {
      const { items } = await listMemberCounts(app.db, request.requireActor(), {
        ...request.query,
        limit: 10_000,
        offset: 0,
      });
      const buffer = await renderMemberCountsXlsx(items, 'Số liệu đoàn viên, hội viên');
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition('doan-vien-hoi-vien.xlsx'))
        .send(buffer);
    },
  );
  app.get(
    '/api/member-counts/rollup',
    {
      schema: {
        tags,
        summary: 'Tổng hợp theo loại tổ chức / totals by organisation kind',
        querystring: memberRollupQuery,
      },
      config: { action: 'member_count.read' },
    },
    (request) => getMemberRollup(app.db, request.requireActor(), request.query),
  );
  app.get(
    '/api/member-counts/rollup/chart.svg',
    {
      schema: {
        tags,
        summary: 'Biểu đồ tổng hợp theo loại tổ chức (SVG) / totals by organisation kind, as SVG',
        querystring: memberRollupQuery.extend(chartSvgQuery.shape),
      },
      config: { action: 'member_count.read' },
    },
    async (request, reply) => {
      const rollup = await getMemberRollup(app.db, request.requireActor(), request.query);
      return sendChartSvg(reply, memberRollupChart(rollup.totals, request.query), request.query);
    },
  );
  app.get(
    '/api/member-counts/:id',
    {
      schema: { tags, summary: 'Một kỳ số liệu / one entry', params: idParam },
      config: { action: 'member_count.read' },
    },
    (request) => getMemberCount(app.db, request.requireActor(), request.params.id),
  );
  app.get(
    '/api/member-counts/:id/history',
    {
      schema: { tags, summary: 'Lịch sử thay đổi / history', params: idParam },
      config: { action: 'member_count.read' },
    },
    (request) => getMemberCountHistory(app.db, request.requireActor(), request.params.id),
  );
  app.post(
    '/api/member-counts',
    {
      schema: { tags, summary: 'Nhập số liệu một kỳ / record a period', body: memberCountBody },
      config: { action: 'member_count.create' },
    },
    async (request, reply) =>
      reply.code(201).send(await createMemberCount(app.db, request.requireActor(), request.body, request.ip)),
  );
  app.put(
    '/api/member-counts/:id',
    {
      schema: { tags, summary: 'Sửa số liệu / edit an entry', params: idParam, body: memberCountBody },
      config: { action: 'member_count.update' },
    },
    (request) => editMemberCount(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );
}
