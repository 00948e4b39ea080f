import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import type { Unit, UnitDetail } from '@danvan/shared';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'tinh.dv', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv', 'phuong1.lanhdao'])
    cookies[user] = await t.login(user);
  for (const code of ['AS', 'AS-SH', 'AS-SH-P1', 'AS-SH-P1-MT', 'AS-SH-P2', 'AS-SH-P2-MT', 'AS-DD', 'AS-DD-TH'])
    ids[code] = await t.unitId(code);
});
afterAll(() => t.close());

const names = (units: Unit[]) => units.map((unit) => unit.name);

describe('listing and search', () => {
  it('shows each account only its own branch', async () => {
    const ward = (await t.call({ method: 'GET', url: '/api/units', cookie: cookies['phuong1.dv'] })).json() as Unit[];
    expect(names(ward)).toContain('Phường 1');
    expect(names(ward)).toContain('Mặt trận Tổ quốc Phường 1');
    expect(names(ward)).not.toContain('Phường 2');
    expect(names(ward)).not.toContain('Thành phố Sơn Hà');
    expect(ward.every((unit) => unit.path.startsWith(ward[0].path))).toBe(true);
    expect(ward[0]).toMatchObject({ id: ids['AS-SH-P1'], parentId: ids['AS-SH'], name: 'Phường 1' });

    const city = (
      await t.call({ method: 'GET', url: '/api/units', cookie: cookies['thanhpho.lanhdao'] })
    ).json() as Unit[];
    expect(names(city)).toEqual(expect.arrayContaining(['Thành phố Sơn Hà', 'Phường 1', 'Phường 8']));
    expect(names(city)).not.toContain('Huyện Đống Đa');

    const province = (await t.call({ method: 'GET', url: '/api/units', cookie: cookies['tinh.dv'] })).json() as Unit[];
    expect(names(province)).toEqual(expect.arrayContaining(['Tỉnh An Sơn', 'Huyện Đống Đa', 'Xã Tân Hòa', 'Phường 8']));
    expect(names(province)).not.toContain('Toàn quốc');
  });

  it('searches without accents and across tone placements', async () => {
    const search = async (q: string) =>
      names(
        (
          await t.call({ method: 'GET', url: `/api/units?q=${encodeURIComponent(q)}`, cookie: cookies['tinh.dv'] })
        ).json(),
      );
    expect(await search('phuong 1')).toContain('Phường 1');
    expect(await search('dong da')).toContain('Huyện Đống Đa');
    expect(await search('ĐỐNG ĐA')).toContain('Huyện Đống Đa');
    expect(await search('tan hoa')).toContain('Xã Tân Hòa');
    expect(await search('Tân Hoà')).toContain('Xã Tân Hòa');
    expect(await search('thuy xuan')).toContain('Xã Thủy Xuân');
    expect(await search('AS-DD')).toEqual(['Huyện Đống Đa']);
    expect(await search('khong ton tai')).toEqual([]);
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
  });

  it('sends abilities with each unit', async () => {
    const city = (
      await t.call({ method: 'GET', url: '/api/units', cookie: cookies['thanhpho.lanhdao'] })
    ).json() as Unit[];
    const root = city.find((unit) => unit.id === ids['AS-SH']);
    const ward = city.find((unit) => unit.id === ids['AS-SH-P1']);
    expect(root?.abilities).toEqual({ update: false, move: false, close: false, createChild: true });
    expect(ward?.abilities).toEqual({ update: true, move: true, close: true, createChild: true });
    const specialist = (
      await t.call({ method: 'GET', url: '/api/units', cookie: cookies['phuong1.dv'] })
    ).json() as Unit[];
    expect(specialist.length).toBeGreaterThan(0);
    expect(specialist.every((unit) => !Object.values(unit.abilities).some(Boolean))).toBe(true);
  });
});

describe('authorization matrix', () => {
  // [user, unit code, expected status for read, expected status for rename]
  const matrix: [string, string, number, number][] = [
    ['phuong1.dv', 'AS-SH-P1-MT', 200, 403],
    ['phuong1.dv', 'AS-SH-P2-MT', 404, 404],
    ['phuong1.dv', 'AS-SH', 404, 404],
    ['phuong1.lanhdao', 'AS-SH-P1-MT', 200, 200],
    ['phuong1.lanhdao', 'AS-SH-P1', 200, 403],
    ['phuong1.lanhdao', 'AS-SH-P2-MT', 404, 404],
    ['phuong1.lanhdao', 'AS-SH', 404, 404],
    ['thanhpho.lanhdao', 'AS-SH-P2-MT', 200, 200],
    ['thanhpho.lanhdao', 'AS-SH', 200, 403],
    ['thanhpho.lanhdao', 'AS-DD-TH', 404, 404],
    ['thanhpho.lanhdao', 'AS', 404, 404],
    ['tinh.dv', 'AS-DD-TH', 200, 403],
    ['admin', 'AS-DD-TH', 200, 200],
  ];
  for (const [user, code, read, write] of matrix) {
    it(`${user} on ${code}: read ${read}, rename ${write}`, async () => {
      const id = ids[code];
      const detail = await t.call({ method: 'GET', url: `/api/units/${id}`, cookie: cookies[user] });
      expect(detail.statusCode).toBe(read);
      const before = (await t.ownerQuery<{ name: string }>('SELECT name FROM units WHERE id = $1', [id]))[0].name;
      const rename = await t.call({
        method: 'PATCH',
        url: `/api/units/${id}`,
        cookie: cookies[user],
        body: { name: `${before} `, effectiveOn: '2026-11-01' },
      });
      expect(rename.statusCode).toBe(write);
      if (write !== 200) expect(errorBody(rename).code).toBe(write === 404 ? 'not_found' : 'forbidden');
    });
  }

  it('refuses creating under a sibling (404) and for specialists (403)', async () => {
    const body = (parentId: number) => ({ parentId, name: 'Chi hội Phụ nữ Khu phố 3', type: 'womens_union' });
    const sibling = await t.call({
      method: 'POST',
      url: '/api/units',
      cookie: cookies['phuong1.lanhdao'],
      body: body(ids['AS-SH-P2']),
    });
    expect(sibling.statusCode).toBe(404);
    expect(errorBody(sibling).fields?.[0].path).toBe('body.parentId');
    const specialist = await t.call({
      method: 'POST',
      url: '/api/units',
      cookie: cookies['phuong1.dv'],
      body: body(ids['AS-SH-P1']),
    });
    expect(specialist.statusCode).toBe(403);
  });
});

describe('create, rename, move, close', () => {
  it('creates a unit with NFC name and records history and audit', async () => {
    const decomposed = 'Tổ dân phố Số 5'.normalize('NFD');
    const response = await t.call({
      method: 'POST',
      url: '/api/units',
      cookie: cookies['phuong1.lanhdao'],
      body: {
        parentId: ids['AS-SH-P1'],
        name: `  ${decomposed}  `,
        code: 'AS-SH-P1-TDP5',
        type: 'residential_area',
        openedOn: '2026-01-15',
      },
    });
    expect(response.statusCode).toBe(201);
    const unit = response.json() as Unit;
    expect(unit.name).toBe('Tổ dân phố Số 5'.normalize('NFC'));
    expect(unit.path).toBe(
      `${(await t.ownerQuery<{ path: string }>('SELECT path::text FROM units WHERE id = $1', [ids['AS-SH-P1']]))[0].path}.u${unit.id}`,
    );
    const detail = (
      await t.call({ method: 'GET', url: `/api/units/${unit.id}`, cookie: cookies['phuong1.dv'] })
    ).json() as UnitDetail;
    expect(detail.ancestors.map((a) => a.name)).toEqual(['Phường 1']);
    expect(detail.events[0]).toMatchObject({ kind: 'created', effectiveOn: '2026-01-15', actor: 'phuong1.lanhdao' });
    const audit = await t.ownerQuery(
      `SELECT 1 FROM audit_log WHERE action = 'unit.create' AND entity_id = $1 AND actor_username = 'phuong1.lanhdao'`,
      [String(unit.id)],
    );
    expect(audit).toHaveLength(1);
  });

  it('validates input with field paths in both languages', async () => {
    const cases: [object, string][] = [
      [{ parentId: ids['AS-SH-P1'], name: '', type: 'ward' }, 'body.name'],
      [{ parentId: 'abc', name: 'X', type: 'ward' }, 'body.parentId'],
      [{ parentId: ids['AS-SH-P1'], name: 'X', type: 'khong_co' }, 'body.type'],
      [{ parentId: ids['AS-SH-P1'], name: 'X', type: 'ward', openedOn: '31/12/2026' }, 'body.openedOn'],
      [{ parentId: ids['AS-SH-P1'], name: 'X', type: 'ward', code: 'có dấu' }, 'body.code'],
      [{ parentId: 999999, name: 'X', type: 'ward' }, 'body.parentId'],
    ];
    for (const [body, path] of cases) {
      const response = await t.call({ method: 'POST', url: '/api/units', cookie: cookies.admin, body });
      expect(response.statusCode, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(errorBody(response).fields?.[0].path).toBe(path);
    }
    const duplicate = await t.call({
      method: 'POST',
      url: '/api/units',
      cookie: cookies.admin,
      body: { parentId: ids['AS-SH-P1'], name: 'Trùng mã', type: 'ward', code: 'AS-SH-P2' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(errorBody(duplicate).fields?.[0].path).toBe('body.code');
    expect(await t.ownerQuery(`SELECT 1 FROM units WHERE name = 'Trùng mã'`)).toHaveLength(0);
  });

  it('renames with an effective date and keeps the old name in history', async () => {
    const response = await t.call({
      method: 'PATCH',
      url: `/api/units/${ids['AS-DD-TH']}`,
      cookie: cookies.admin,
      body: { name: 'Xã Tân Hòa Đông', effectiveOn: '2026-07-01' },
    });
    expect(response.statusCode).toBe(200);
    const detail = (
      await t.call({ method: 'GET', url: `/api/units/${ids['AS-DD-TH']}`, cookie: cookies.admin })
    ).json() as UnitDetail;
    expect(detail.name).toBe('Xã Tân Hòa Đông');
    expect(detail.code).toBe('AS-DD-TH');
    expect(detail.events[0]).toMatchObject({
      kind: 'renamed',
      effectiveOn: '2026-07-01',
      detail: { from: { name: 'Xã Tân Hòa' }, to: { name: 'Xã Tân Hòa Đông' } },
    });
  });

  it('moves a subtree, rewriting descendant paths, and refuses cycles', async () => {
    const created = (
      await t.call({
        method: 'POST',
        url: '/api/units',
        cookie: cookies['thanhpho.lanhdao'],
        body: { parentId: ids['AS-SH-P2'], name: 'Khu phố Bình An', type: 'residential_area' },
      })
    ).json() as Unit;
    const child = (
      await t.call({
        method: 'POST',
        url: '/api/units',
        cookie: cookies['thanhpho.lanhdao'],
        body: { parentId: created.id, name: 'Tổ 7', type: 'residential_area' },
      })
    ).json() as Unit;

    const cycle = await t.call({
      method: 'POST',
      url: `/api/units/${created.id}/move`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { parentId: child.id, effectiveOn: '2026-11-01' },
    });
    expect(cycle.statusCode).toBe(400);
    expect(errorBody(cycle).fields?.[0].path).toBe('body.parentId');

    const outOfScope = await t.call({
      method: 'POST',
      url: `/api/units/${created.id}/move`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { parentId: ids['AS-DD'], effectiveOn: '2026-11-01' },
    });
    expect(outOfScope.statusCode).toBe(404);

    const moved = await t.call({
      method: 'POST',
      url: `/api/units/${created.id}/move`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { parentId: ids['AS-SH-P1'], effectiveOn: '2026-11-01' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(ids['AS-SH-P1']);
    const ward1 = (await t.call({ method: 'GET', url: '/api/units', cookie: cookies['phuong1.dv'] })).json() as Unit[];
    expect(names(ward1)).toEqual(expect.arrayContaining(['Khu phố Bình An', 'Tổ 7']));
    const movedChild = ward1.find((unit) => unit.id === child.id);
    expect(movedChild?.path).toBe(`${moved.json().path}.u${child.id}`);
    const ward2 = (await t.call({ method: 'GET', url: '/api/units', cookie: cookies['phuong2.dv'] })).json() as Unit[];
    expect(names(ward2)).not.toContain('Tổ 7');
  });

  it('closes a unit with a date, keeps it for history, and refuses while children are open', async () => {
    const withChildren = await t.call({
      method: 'POST',
      url: `/api/units/${ids['AS-SH-P2']}/close`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { closedOn: '2026-07-01', reason: 'Sáp nhập' },
    });
    expect(withChildren.statusCode).toBe(409);
    expect(errorBody(withChildren).code).toBe('unit_has_children');

    const front = ids['AS-SH-P2-MT'];
    const noReason = await t.call({
      method: 'POST',
      url: `/api/units/${front}/close`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { closedOn: '2026-07-01', reason: '  ' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(errorBody(noReason).fields?.[0].path).toBe('body.reason');

    const closed = await t.call({
      method: 'POST',
      url: `/api/units/${front}/close`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { closedOn: '2026-07-01', reason: 'Hợp nhất tổ chức' },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ closedOn: '2026-07-01', abilities: { update: false, close: false } });

    const open = names((await t.call({ method: 'GET', url: '/api/units', cookie: cookies['phuong2.dv'] })).json());
    expect(open).not.toContain('Mặt trận Tổ quốc Phường 2');
    const all = names(
      (await t.call({ method: 'GET', url: '/api/units?includeClosed=true', cookie: cookies['phuong2.dv'] })).json(),
    );
    expect(all).toContain('Mặt trận Tổ quốc Phường 2');

    const again = await t.call({
      method: 'POST',
      url: `/api/units/${front}/close`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { closedOn: '2026-08-01', reason: 'Lần hai' },
    });
    expect(again.statusCode).toBe(409);
    const rename = await t.call({
      method: 'PATCH',
      url: `/api/units/${front}`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { name: 'Tên mới', effectiveOn: '2026-08-01' },
    });
    expect(rename.statusCode).toBe(409);

    // The code of a closed unit may be used again by its successor.
    const successor = await t.call({
      method: 'POST',
      url: '/api/units',
      cookie: cookies['thanhpho.lanhdao'],
      body: {
        parentId: ids['AS-SH-P2'],
        name: 'Mặt trận Tổ quốc Phường 2 (mới)',
        type: 'fatherland_front',
        code: 'AS-SH-P2-MT',
      },
    });
    expect(successor.statusCode).toBe(201);
  });

  it('lists unit types with Vietnamese names', async () => {
    const types = (await t.call({ method: 'GET', url: '/api/unit-types', cookie: cookies['phuong1.dv'] })).json();
    expect(types).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'mass_mobilization_bloc', nameVi: 'Khối dân vận', isArea: false }),
      ]),
    );
  });
});
