import {
  chartSvgQuery,
  modelsChart,
  decisionBody,
  evaluationBody,
  modelBody,
  modelListQuery,
  movementBody,
  movementListQuery,
  idSchema,
} from '@danvan/shared';
import { z } from 'zod';
import { contentDisposition } from '../../http/content-disposition.js';
import type { AppInstance } from '../../http/app-types.js';
import { sendChartSvg } from '../../http/chart-svg.js';
import { XLSX_MIME } from '../../files/xlsx.js';
import { modelPhotoRoutes } from './model-photos.routes.js';
import { renderModelsXlsx } from './models-xlsx.js';
import {
  decideOnModel,
  evaluateModel,
  getModel,
  getMovement,
  listModels,
  listMovementKinds,
  listMovements,
  saveModel,
  saveMovement,
} from './models.service.js';

const tags = ['models'];
const idParam = z.object({ id: idSchema });

export function modelRoutes(app: AppInstance): void {
  app.get(
    '/api/movements',
    {
      schema: { tags, summary: 'Phong trào thi đua / movements', querystring: movementListQuery },
      config: { action: 'movement.read' },
    },
    (request) => listMovements(app.db, request.requireActor(), request.query),
  );
  app.get(
    '/api/movement-kinds',
    { schema: { tags, summary: 'Loại phong trào / movement kinds' }, config: { action: 'movement.read' } },
    (request) => listMovementKinds(app.db, request.requireActor()),
  );
  app.post(
    '/api/movements',
    {
      schema: { tags, summary: 'Phát động phong trào / launch a movement', body: movementBody },
      config: { action: 'movement.manage' },
    },
    async (request, reply) =>
      reply.code(201).send(await saveMovement(app.db, request.requireActor(), request.body, request.ip)),
  );
  app.get(
    '/api/movements/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết phong trào, đơn vị tham gia / a movement and its participants',
        params: idParam,
      },
      config: { action: 'movement.read' },
    },
    (request) => getMovement(app.db, request.requireActor(), request.params.id),
  );
  app.put(
    '/api/movements/:id',
    {
      schema: { tags, summary: 'Sửa phong trào / edit a movement', params: idParam, body: movementBody },
      config: { action: 'movement.manage' },
    },
    (request) => saveMovement(app.db, request.requireActor(), request.body, request.ip, request.params.id),
  );

  app.get(
    '/api/models',
    {
      schema: { tags, summary: 'Mô hình "Dân vận khéo" / models', querystring: modelListQuery },
      config: { action: 'model.read' },
    },
    (request) => listModels(app.db, request.requireActor(), request.query),
  );
  app.get(
    '/api/models/chart.svg',
    {
      schema: {
        tags,
        summary: 'Biểu đồ mô hình theo lĩnh vực, trạng thái (SVG) / models by field and status, as SVG',
        querystring: modelListQuery.extend(chartSvgQuery.shape),
      },
      config: { action: 'model.read' },
    },
    async (request, reply) => {
      const items = await listModels(app.db, request.requireActor(), request.query);
      return sendChartSvg(reply, modelsChart(items, request.query), request.query);
    },
  );
  app.get(
    '/api/models/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất danh sách mô hình ra Excel / export the filtered list',
        querystring: modelListQuery,
      },
      config: { action: 'model.read' },
    },
    async (request, reply) => {
      const items = await listModels(app.db, request.requireActor(), request.query);
      const buffer = await renderModelsXlsx(items, 'Danh sách mô hình "Dân vận khéo"');
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition('danh-sach-mo-hinh.xlsx'))
        .send(buffer);
    },
  );
  app.get(
    '/api/models/:id',
    { schema: { tags, summary: 'Chi tiết mô hình / a model', params: idParam }, config: { action: 'model.read' } },
    (request) => getModel(app.db, request.requireActor(), request.params.id),
  );
  app.post(
    '/api/models',
    {
      schema: { tags, summary: 'Đăng ký mô hình / register a model', body: modelBody },
      config: { action: 'model.register' },
    },
    async (request, reply) =>
      reply.code(201).send(await saveModel(app.db, request.requireActor(), request.body, request.ip)),
  );
  app.put(
    '/api/models/:id',
    {
      schema: { tags, summary: 'Sửa mô hình / edit a model', params: idParam, body: modelBody },
      config: { action: 'model.update' },
    },
    (request) => saveModel(app.db, request.requireActor(), request.body, request.ip, request.params.id),
  );
  app.post(
    '/api/models/:id/evaluations',
    {
      schema: { tags, summary: 'Đánh giá mô hình / evaluate', params: idParam, body: evaluationBody },
      config: { action: 'model.evaluate' },
    },
    (request) => evaluateModel(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.post(
    '/api/models/:id/decision',
    {
      schema: { tags, summary: 'Công nhận hoặc không / recognise or not', params: idParam, body: decisionBody },
      config: { action: 'model.decide' },
    },
    (request) => decideOnModel(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );
  void app.register(async (scoped) => modelPhotoRoutes(scoped as AppInstance));
}
