import type { ModelSummary, MovementSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '../../db/scope.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { computedIndicators } from '../../reporting/indicator-providers.js';
import { modelFacts } from './models.facts.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let movement: MovementSummary;

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv', 'phuong1.lanhdao', 'tinh.dv'])
    cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3', 'AS-DD-TH']) ids[code] = await t.unitId(code);
});
afterAll(() => t.close());

const modelBody = (unitId: number, name: string, field = 'economy') => ({
  movementId: movement.id,
  unitId,
  name,
  field,
  ownerPeople: 'Chi hội Phụ nữ khu phố 2',
  registeredOn: '2026-03-02',
  description: 'Vận động hội viên góp vốn xoay vòng nuôi bò sinh sản.',
  results: 'Giúp 12 hộ thoát nghèo.',
  resultFigures: [{ label: 'Hộ thoát nghèo', value: 12, unit: 'hộ' }],
});

describe('movements and models', () => {
  it('launches a movement for the city with its wards expected to take part', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/movements',
      cookie: cookies['thanhpho.lanhdao'],
      body: {
        ownerUnitId: ids['AS-SH'],
        name: 'Phong trào thi đua "Dân vận khéo" giai đoạn 2026–2030',
        startOn: '2026-01-01',
        endOn: '2030-12-31',
        participantUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2'], ids['AS-SH-P3']],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    movement = response.json();
    expect(movement.participation).toMatchObject({ taking: 0, expected: 3 });
    const outside = await t.call({
      method: 'POST',
      url: '/api/movements',
      cookie: cookies['thanhpho.lanhdao'],
      body: { ownerUnitId: ids['AS-SH'], name: 'X', startOn: '2026-01-01', participantUnitIds: [ids['AS-DD-TH']] },
    });
    expect(outside.statusCode).toBe(404);
    expect(errorBody(outside).fields?.[0].path).toBe('body.participantUnitIds.0');
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/movements',
          cookie: cookies['phuong1.dv'],
          body: { ownerUnitId: ids['AS-SH-P1'], name: 'X', startOn: '2026-01-01' },
        })
      ).statusCode,
    ).toBe(403);
    const badDates = await t.call({
      method: 'POST',
      url: '/api/movements',
      cookie: cookies['thanhpho.lanhdao'],
      body: { ownerUnitId: ids['AS-SH'], name: 'X', startOn: '2026-05-01', endOn: '2026-01-01' },
    });
    expect(errorBody(badDates).fields?.[0].path).toBe('body.endOn');
  });

  it('lets a ward register its model and see the city movement, but not touch another ward', async () => {
    const wardView = (
      await t.call({ method: 'GET', url: '/api/movements', cookie: cookies['phuong1.dv'] })
    ).json() as MovementSummary[];
    expect(wardView.map((m) => m.name)).toContain(movement.name);
    const created = await t.call({
      method: 'POST',
      url: '/api/models',
      cookie: cookies['phuong1.dv'],
      body: modelBody(ids['AS-SH-P1'], 'Tổ hợp tác nuôi bò sinh sản'),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'registered', abilities: { update: true, evaluate: false } });
    const sibling = await t.call({
      method: 'POST',
      url: '/api/models',
      cookie: cookies['phuong1.dv'],
      body: modelBody(ids['AS-SH-P2'], 'Mô hình của phường khác'),
    });
    expect(sibling.statusCode).toBe(404);
    const badField = await t.call({
      method: 'POST',
      url: '/api/models',
      cookie: cookies['phuong1.dv'],
      body: { ...modelBody(ids['AS-SH-P1'], 'X'), field: 'sports' },
    });
    expect(errorBody(badField).fields?.[0].path).toBe('body.field');
    await t.call({
      method: 'POST',
      url: '/api/models',
      cookie: cookies['phuong2.dv'],
      body: {
        ...modelBody(ids['AS-SH-P2'], 'Camera an ninh khu phố', 'defense_security'),
        description: 'Lắp camera giám sát các tuyến hẻm.',
      },
    });
    const city = (
      (
        await t.call({ method: 'GET', url: '/api/movements', cookie: cookies['thanhpho.lanhdao'] })
      ).json() as MovementSummary[]
    )[0];
    expect(city.participation.taking).toBe(2);
    expect(city.participation.missing.map((m) => m.unitName)).toEqual(['Phường 3']);
    const wardModels = (
      await t.call({ method: 'GET', url: '/api/models', cookie: cookies['phuong1.dv'] })
    ).json() as ModelSummary[];
    expect(wardModels.map((m) => m.name)).toEqual(['Tổ hợp tác nuôi bò sinh sản']);
    const search = (
      await t.call({ method: 'GET', url: '/api/models?q=nuoi%20bo', cookie: cookies['thanhpho.lanhdao'] })
    ).json() as ModelSummary[];
    expect(search.map((m) => m.name)).toEqual(['Tổ hợp tác nuôi bò sinh sản']);
  });

  it('runs registered → evaluated → recognised, decided only by the level above', async () => {
    const [model] = (
      await t.call({ method: 'GET', url: '/api/models?q=nuoi%20bo', cookie: cookies['thanhpho.lanhdao'] })
    ).json() as ModelSummary[];
    const early = await t.call({
      method: 'POST',
      url: `/api/models/${model.id}/decision`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { recognised: true, level: 'district', decidedOn: '2026-10-01' },
    });
    expect(early.statusCode).toBe(409);
    expect(
      (
        await t.call({
          method: 'POST',
          url: `/api/models/${model.id}/evaluations`,
          cookie: cookies['phuong1.lanhdao'],
          body: { score: 90, evaluatedOn: '2026-09-01' },
        })
      ).statusCode,
    ).toBe(403);
    const badScore = await t.call({
      method: 'POST',
      url: `/api/models/${model.id}/evaluations`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { score: 120, evaluatedOn: '2026-09-01' },
    });
    expect(errorBody(badScore).fields?.[0].path).toBe('body.score');
    const evaluated = await t.call({
      method: 'POST',
      url: `/api/models/${model.id}/evaluations`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { score: 88.5, comment: 'Hiệu quả, có khả năng nhân rộng', evaluatedOn: '2026-09-01' },
    });
    expect(evaluated.json()).toMatchObject({
      status: 'evaluated',
      evaluations: [{ score: 88.5, evaluatorName: 'Thành phố Sơn Hà' }],
    });
    const decided = await t.call({
      method: 'POST',
      url: `/api/models/${model.id}/decision`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { recognised: true, level: 'district', decidedOn: '2026-10-01' },
    });
    expect(decided.json()).toMatchObject({
      status: 'recognised',
      recognitionLevel: 'district',
      recognisedOn: '2026-10-01',
      abilities: { update: false },
    });
    const edit = await t.call({
      method: 'PUT',
      url: `/api/models/${model.id}`,
      cookie: cookies['phuong1.dv'],
      body: modelBody(ids['AS-SH-P1'], 'Đổi tên'),
    });
    expect(edit.statusCode).toBe(409);
    const recognised = (
      await t.call({ method: 'GET', url: '/api/models?status=recognised', cookie: cookies['tinh.dv'] })
    ).json() as ModelSummary[];
    expect(recognised.map((m) => m.id)).toEqual([model.id]);
    const actions = await t.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_type = 'model' AND entity_id = $1 ORDER BY id`,
      [String(model.id)],
    );
    expect(actions.map((a) => a.action)).toEqual(['model.register', 'model.evaluate', 'model.recognise']);
  });

  it('feeds the report: models by field and status, and coverage of the movement', async () => {
    const city = (await t.ownerQuery<{ path: string }>(`SELECT path::text FROM units WHERE code = 'AS-SH'`))[0].path;
    const compute = (key: string) =>
      inScope(t.db, city, async (sql) =>
        computedIndicators
          .get(key)
          ?.compute(sql, { unitPath: city, excludedPaths: [], periodStart: '2025-12-15', periodEnd: '2026-12-14' }),
      );
    expect(await compute('models.registered')).toEqual({ value: 2 });
    expect(await compute('models.recognised')).toEqual({ value: 1 });
    expect(await compute('models.field.defense_security')).toEqual({ value: 1 });
    expect(await compute('movements.participation')).toEqual({ value: 2, denominator: 3 });
    // The narrative names the recognised model with its unit and level.
    const named = await inScope(t.db, city, (sql) =>
      modelFacts[0].collect(sql, {
        unitPath: city,
        excludedPaths: [],
        periodStart: '2025-12-15',
        periodEnd: '2026-12-14',
      }),
    );
    expect(named).toEqual([
      {
        vi: 'Tiêu biểu là mô hình "Tổ hợp tác nuôi bò sinh sản" của Phường 1 (cấp huyện).',
        en: 'Among them: "Tổ hợp tác nuôi bò sinh sản" of Phường 1 (district level).',
      },
    ]);
  });

  it('refuses a model of a unit the movement does not expect to take part (422 at the movement)', async () => {
    const launched = await t.call({
      method: 'POST',
      url: '/api/movements',
      cookie: cookies['thanhpho.lanhdao'],
      // Before the other movement, so that lists led by it stay as they are.
      body: {
        ownerUnitId: ids['AS-SH'],
        name: 'Chỉ Phường 2',
        startOn: '2025-01-01',
        participantUnitIds: [ids['AS-SH-P2']],
      },
    });
    expect(launched.statusCode, launched.body).toBe(201);
    const onlyWard2 = launched.json() as MovementSummary;
    const body = (unitId: number) => ({ ...modelBody(unitId, 'Mô hình ngoài danh sách'), movementId: onlyWard2.id });
    const byCity = await t.call({
      method: 'POST',
      url: '/api/models',
      cookie: cookies['thanhpho.lanhdao'],
      body: body(ids['AS-SH-P1']),
    });
    expect(byCity.statusCode).toBe(422);
    expect(errorBody(byCity).fields?.[0]).toMatchObject({
      path: 'body.movementId',
      vi: 'Phường 1 không có trong danh sách đơn vị tham gia phong trào "Chỉ Phường 2"',
      en: 'Phường 1 is not among the units taking part in "Chỉ Phường 2"',
    });
    const byWard = await t.call({
      method: 'POST',
      url: '/api/models',
      cookie: cookies['phuong1.dv'],
      body: body(ids['AS-SH-P1']),
    });
    expect([404, 422]).toContain(byWard.statusCode);
    expect(errorBody(byWard).fields?.[0].path).toBe('body.movementId');
    const taking = await t.call({
      method: 'POST',
      url: '/api/models',
      cookie: cookies['phuong2.dv'],
      body: body(ids['AS-SH-P2']),
    });
    expect(taking.statusCode, taking.body).toBe(201);
    // Moving a model to a unit not taking part is refused the same way.
    const moved = await t.call({
      method: 'PUT',
      url: `/api/models/${(taking.json() as ModelSummary).id}`,
      cookie: cookies['thanhpho.lanhdao'],
      body: body(ids['AS-SH-P3']),
    });
    expect(moved.statusCode).toBe(422);
  });
});
