import {
  changeRoundBody,
  openRoundBody,
  reopenReportBody,
  returnReportBody,
  submitReportBody,
  saveReportBody,
  trendQuery,
  idSchema,
} from '@danvan/shared';
import { z } from 'zod';
import type { AppInstance } from '../../http/app-types.js';
import { reportChartRoutes } from './report-charts.routes.js';
import { getRoundTrend } from './report-trend.service.js';
import {
  cancelRound,
  changeRound,
  draftNarrative,
  getCompleteness,
  getReport,
  getReportOfUnit,
  getReportVersion,
  listRounds,
  openRound,
  refreshReportFigures,
  saveReport,
  transitionReport,
} from './reports.service.js';

const tags = ['reports'];
const idParam = z.object({ id: idSchema });

export function reportRoutes(app: AppInstance): void {
  reportChartRoutes(app);
  app.get(
    '/api/rounds',
    { schema: { tags, summary: 'Kỳ báo cáo / reporting rounds' }, config: { action: 'report.read' } },
    (request) => listRounds(app.db, request.requireActor()),
  );

  app.post(
    '/api/rounds',
    {
      schema: { tags, summary: 'Mở kỳ báo cáo / open a reporting round', body: openRoundBody },
      config: { action: 'round.open' },
    },
    async (request, reply) =>
      reply.code(201).send(await openRound(app.db, request.requireActor(), request.body, request.ip)),
  );

  app.get(
    '/api/rounds/:id/completeness',
    {
      schema: { tags, summary: 'Tiến độ nộp báo cáo / who has submitted', params: idParam },
      config: { action: 'report.read' },
    },
    (request) => getCompleteness(app.db, request.requireActor(), request.params.id),
  );

  app.patch(
    '/api/rounds/:id',
    {
      schema: {
        tags,
        summary: "Sửa tiêu đề, hạn nộp của kỳ báo cáo / change a round's title or deadline",
        params: idParam,
        body: changeRoundBody,
      },
      config: { action: 'round.manage' },
    },
    (request) => changeRound(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );

  app.delete(
    '/api/rounds/:id',
    {
      schema: {
        tags,
        summary: 'Hủy kỳ báo cáo chưa có đơn vị nào làm / cancel a round nobody has worked in',
        params: idParam,
      },
      config: { action: 'round.cancel' },
    },
    async (request, reply) => {
      await cancelRound(app.db, request.requireActor(), request.params.id, request.ip);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/rounds/:id/trend',
    {
      schema: {
        tags,
        summary: 'Diễn biến một chỉ tiêu qua các năm cùng kỳ / an indicator over the same period of past years',
        params: idParam,
        querystring: trendQuery,
      },
      config: { action: 'report.read' },
    },
    (request) => getRoundTrend(app.db, request.requireActor(), request.params.id, request.query),
  );

  app.get(
    '/api/rounds/:id/units/:unitId/report',
    {
      schema: {
        tags,
        summary: "Báo cáo của một đơn vị trong kỳ / a unit's report in a round",
        params: z.object({ id: idSchema, unitId: idSchema }),
      },
      config: { action: 'report.read' },
    },
    (request) => getReportOfUnit(app.db, request.requireActor(), request.params.id, request.params.unitId),
  );

  app.get(
    '/api/reports/:id',
    {
      schema: {
        tags,
        summary: 'Báo cáo: số liệu, tổng hợp, so sánh cùng kỳ / report with rollup and comparison',
        params: idParam,
      },
      config: { action: 'report.read' },
    },
    (request) => getReport(app.db, request.requireActor(), request.params.id),
  );

  app.get(
    '/api/reports/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'Bản đã duyệt trước khi mở lại / a version kept on reopening',
        params: z.object({ id: idSchema, version: idSchema }),
      },
      config: { action: 'report.read' },
    },
    (request) => getReportVersion(app.db, request.requireActor(), request.params.id, request.params.version),
  );

  app.put(
    '/api/reports/:id',
    {
      schema: { tags, summary: 'Lưu nháp báo cáo / save a draft', params: idParam, body: saveReportBody },
      config: { action: 'report.edit' },
    },
    (request) => saveReport(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );

  app.post(
    '/api/reports/:id/refresh-computed',
    {
      schema: { tags, summary: 'Cập nhật số liệu tự động / store the figures computed from records', params: idParam },
      config: { action: 'report.edit' },
    },
    (request) => refreshReportFigures(app.db, request.requireActor(), request.params.id, request.ip),
  );

  app.post(
    '/api/reports/:id/submit',
    {
      schema: { tags, summary: 'Nộp báo cáo / submit', params: idParam, body: submitReportBody },
      config: { action: 'report.submit' },
    },
    (request) =>
      transitionReport(
        app.db,
        request.requireActor(),
        request.params.id,
        'submit',
        { confirmStaleNarrative: request.body?.confirmStaleNarrative },
        request.ip,
      ),
  );

  app.post(
    '/api/reports/:id/approve',
    { schema: { tags, summary: 'Duyệt báo cáo / approve', params: idParam }, config: { action: 'report.approve' } },
    (request) => transitionReport(app.db, request.requireActor(), request.params.id, 'approve', {}, request.ip),
  );

  app.post(
    '/api/reports/:id/return',
    {
      schema: { tags, summary: 'Trả lại báo cáo / return with a comment', params: idParam, body: returnReportBody },
      config: { action: 'report.return' },
    },
    (request) =>
      transitionReport(
        app.db,
        request.requireActor(),
        request.params.id,
        'return',
        { comment: request.body.comment },
        request.ip,
      ),
  );

  app.post(
    '/api/reports/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Mở lại báo cáo đã duyệt để đính chính / reopen for correction',
        params: idParam,
        body: reopenReportBody,
      },
      config: { action: 'report.reopen' },
    },
    (request) =>
      transitionReport(
        app.db,
        request.requireActor(),
        request.params.id,
        'reopen',
        { reason: request.body.reason },
        request.ip,
      ),
  );

  app.get(
    '/api/reports/:id/narrative-draft',
    {
      schema: {
        tags,
        summary: 'Dự thảo phần nhận định từ số liệu / narrative drafted from the figures',
        params: idParam,
      },
      config: { action: 'report.read' },
    },
    (request) => draftNarrative(app.db, request.requireActor(), request.params.id),
  );
}
