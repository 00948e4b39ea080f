import {
  closeUnitBody,
  createUnitBody,
  importUnitsBody,
  moveUnitBody,
  renameUnitBody,
  unitDocumentNamesBody,
  unitIdParam,
  unitListQuery,
} from '@danvan/shared';
import { z } from 'zod';
import type { AppInstance } from '../../http/app-types.js';
import { getImportJob, startUnitImport } from './unit-import.service.js';
import {
  closeUnit,
  createUnit,
  getUnitDetail,
  listUnits,
  listUnitTypes,
  moveUnit,
  renameUnit,
  setUnitDocumentNames,
} from './units.service.js';

const tags = ['units'];

export function unitRoutes(app: AppInstance): void {
  app.get(
    '/api/units',
    {
      schema: { tags, summary: 'Đơn vị trong phạm vi / units in scope (flat)', querystring: unitListQuery },
      config: { action: 'unit.read' },
    },
    (request) =>
      listUnits(app.db, request.requireActor(), {
        query: request.query.q,
        includeClosed: request.query.includeClosed === 'true',
      }),
  );

  app.get(
    '/api/unit-types',
    { schema: { tags, summary: 'Loại đơn vị / unit types' }, config: { action: 'authenticated' } },
    (request) => listUnitTypes(app.db, request.requireActor()),
  );

  app.get(
    '/api/units/:id',
    {
      schema: { tags, summary: 'Chi tiết đơn vị / unit detail', params: unitIdParam },
      config: { action: 'unit.read' },
    },
    (request) => getUnitDetail(app.db, request.requireActor(), request.params.id),
  );

  app.post(
    '/api/units',
    {
      schema: { tags, summary: 'Thêm đơn vị / create unit', body: createUnitBody },
      config: { action: 'unit.createChild' },
    },
    async (request, reply) =>
      reply.code(201).send(await createUnit(app.db, request.requireActor(), request.body, request.ip)),
  );

  app.patch(
    '/api/units/:id',
    {
      schema: { tags, summary: 'Đổi tên đơn vị / rename unit', params: unitIdParam, body: renameUnitBody },
      config: { action: 'unit.update' },
    },
    (request) => renameUnit(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );

  app.put(
    '/api/units/:id/document-names',
    {
      schema: {
        tags,
        summary: 'Tên viết tắt, ký hiệu trên văn bản / short name and symbol abbreviation on documents',
        params: unitIdParam,
        body: unitDocumentNamesBody,
      },
      config: { action: 'unit.update' },
    },
    (request) => setUnitDocumentNames(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );

  app.post(
    '/api/units/:id/move',
    {
      schema: { tags, summary: 'Chuyển đơn vị / move unit', params: unitIdParam, body: moveUnitBody },
      config: { action: 'unit.move' },
    },
    (request) => moveUnit(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );

  app.post(
    '/api/units/:id/close',
    {
      schema: { tags, summary: 'Giải thể đơn vị / close unit', params: unitIdParam, body: closeUnitBody },
      config: { action: 'unit.close' },
    },
    (request) => closeUnit(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );

  app.post(
    '/api/units/import',
    {
      bodyLimit: 40 * 1024 * 1024,
      schema: { tags, summary: 'Nhập đơn vị từ tệp / import units (dry run or apply)', body: importUnitsBody },
      config: { action: 'unit.import' },
    },
    async (request, reply) => {
      const job = await startUnitImport(
        { db: app.db, referenceDataDir: app.config.referenceDataDir },
        request.requireActor(),
        request.body,
        request.ip,
      );
      return reply.code(202).send(job);
    },
  );

  app.get(
    '/api/units/import/:jobId',
    {
      schema: { tags, summary: 'Tiến độ nhập đơn vị / import progress', params: z.object({ jobId: z.uuid() }) },
      config: { action: 'unit.import' },
    },
    (request) => getImportJob(request.requireActor(), request.params.jobId),
  );
}
