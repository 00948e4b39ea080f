import { copyCatalogueBody, indicatorBody, indicatorChangeBody, wholeNumber } from '@danvan/shared';
import { z } from 'zod';
import type { AppInstance } from '../../http/app-types.js';
import { copyCatalogueToYear, getCatalogue, listIndicatorProviders, saveIndicator } from './indicators.service.js';

const tags = ['indicators'];
const yearParam = z.object({ year: wholeNumber(2000, 2100) });

export function indicatorRoutes(app: AppInstance): void {
  app.get(
    '/api/indicator-providers',
    {
      schema: { tags, summary: 'Các chỉ tiêu tính tự động từ dữ liệu / computed indicators the modules offer' },
      config: { action: 'indicator.manage' },
    },
    async (request) => listIndicatorProviders(request.requireActor()),
  );
  app.get(
    '/api/indicators/:year',
    {
      schema: { tags, summary: 'Bộ chỉ tiêu của năm / indicator catalogue of a year', params: yearParam },
      config: { action: 'indicator.read' },
    },
    (request) => getCatalogue(app.db, request.requireActor(), request.params.year),
  );
  app.post(
    '/api/indicators/:year',
    {
      schema: { tags, summary: 'Thêm chỉ tiêu / add an indicator', params: yearParam, body: indicatorBody },
      config: { action: 'indicator.manage' },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await saveIndicator(app.db, request.requireActor(), request.params.year, request.body, 'create', request.ip),
        ),
  );
  app.put(
    '/api/indicators/:year/:code',
    {
      schema: {
        tags,
        summary: 'Sửa chỉ tiêu / change an indicator',
        params: yearParam.extend({ code: z.string().max(40) }),
        body: indicatorChangeBody,
      },
      config: { action: 'indicator.manage' },
    },
    (request) =>
      saveIndicator(
        app.db,
        request.requireActor(),
        request.params.year,
        { ...request.body, code: request.params.code },
        'update',
        request.ip,
      ),
  );
  app.post(
    '/api/indicators/:year/copy',
    {
      schema: {
        tags,
        summary: 'Tạo bộ chỉ tiêu năm mới từ năm trước / copy a catalogue',
        params: yearParam,
        body: copyCatalogueBody,
      },
      config: { action: 'indicator.manage' },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await copyCatalogueToYear(
            app.db,
            request.requireActor(),
            request.body.fromYear,
            request.params.year,
            request.ip,
          ),
        ),
  );
}
