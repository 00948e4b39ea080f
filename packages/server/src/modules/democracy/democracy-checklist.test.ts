import type { ChecklistItem } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { openDemocracyApp } from '../../test/democracy.js';

// The grassroots-democracy checklist: the default items of each year, and the admins who change them.
let t: TestApp;
let cookies: Record<string, string>;

beforeAll(async () => {
  ({ t, cookies } = await openDemocracyApp());
});
afterAll(() => t.close());

describe('grassroots democracy checklist', () => {
  it('ships a default checklist of the four groups for 2025–2027', async () => {
    const response = await t.call({
      method: 'GET',
      url: '/api/democracy/checklist?year=2026',
      cookie: cookies['phuong1.dv'],
    });
    const body = response.json() as { years: number[]; items: ChecklistItem[] };
    expect(body.years).toEqual([2027, 2026, 2025]);
    expect(body.items.length).toBeGreaterThanOrEqual(15);
    expect(body.items.length).toBeLessThanOrEqual(25);
    expect(new Set(body.items.map((item) => item.group))).toEqual(
      new Set(['disclosure', 'decision', 'consultation', 'supervision']),
    );
    expect(body.items.find((item) => item.code === 'GS_DOI_THOAI')).toMatchObject({
      legalRef: 'Điều 32',
      retired: false,
    });
    const badYear = await t.call({
      method: 'GET',
      url: '/api/democracy/checklist?year=hai',
      cookie: cookies['phuong1.dv'],
    });
    expect(errorBody(badYear).fields?.[0].path).toBe('query.year');
  });

  it('lets only admins add, change, retire items and copy a year', async () => {
    const item = {
      year: 2027,
      group: 'supervision',
      code: 'GS_CAMERA',
      title: 'Giám sát  việc lắp camera an ninh khu phố',
      legalRef: 'Điều 30',
    };
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/democracy/checklist',
          cookie: cookies['thanhpho.lanhdao'],
          body: item,
        })
      ).statusCode,
    ).toBe(403);
    const added = await t.call({ method: 'POST', url: '/api/democracy/checklist', cookie: cookies.admin, body: item });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      code: 'GS_CAMERA',
      title: 'Giám sát việc lắp camera an ninh khu phố',
      sortOrder: 25,
    });
    const duplicate = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist',
      cookie: cookies.admin,
      body: item,
    });
    expect(duplicate.statusCode).toBe(409);
    expect(errorBody(duplicate).fields?.[0].path).toBe('body.code');
    const badGroup = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist',
      cookie: cookies.admin,
      body: { ...item, code: 'X1', group: 'sports' },
    });
    expect(errorBody(badGroup).fields?.[0].path).toBe('body.group');
    const badCode = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist',
      cookie: cookies.admin,
      body: { ...item, code: 'chữ thường' },
    });
    expect(errorBody(badCode).fields?.[0].path).toBe('body.code');

    const id = (added.json() as ChecklistItem).id;
    const change = { group: 'supervision', title: 'Giám sát camera', retired: true };
    expect(
      (
        await t.call({
          method: 'PUT',
          url: `/api/democracy/checklist/${id}`,
          cookie: cookies['thanhpho.lanhdao'],
          body: change,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.call({ method: 'PUT', url: `/api/democracy/checklist/${id}`, cookie: cookies['tinh.dv'], body: change }))
        .statusCode,
    ).toBe(403);
    const retired = await t.call({
      method: 'PUT',
      url: `/api/democracy/checklist/${id}`,
      cookie: cookies.admin,
      body: { group: 'supervision', title: 'Giám sát camera', retired: true },
    });
    expect(retired.json()).toMatchObject({ title: 'Giám sát camera', retired: true });
    expect(
      (
        await t.call({
          method: 'PUT',
          url: '/api/democracy/checklist/999999',
          cookie: cookies.admin,
          body: { group: 'supervision', title: 'X' },
        })
      ).statusCode,
    ).toBe(404);

    const copied = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist/copy',
      cookie: cookies.admin,
      body: { fromYear: 2027, toYear: 2028 },
    });
    expect(copied.json()).toEqual({ year: 2028, copied: 24 });
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/democracy/checklist/copy',
          cookie: cookies.admin,
          body: { fromYear: 2027, toYear: 2028 },
        })
      ).statusCode,
    ).toBe(409);
    const empty = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist/copy',
      cookie: cookies.admin,
      body: { fromYear: 2040, toYear: 2041 },
    });
    expect(errorBody(empty).fields?.[0].path).toBe('body.fromYear');
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/democracy/checklist/copy',
          cookie: cookies['phuong1.dv'],
          body: { fromYear: 2027, toYear: 2029 },
        })
      ).statusCode,
    ).toBe(403);
    const actions = await t.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_type = 'democracy_checklist_item' ORDER BY id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'democracy.checklist_add',
      'democracy.checklist_retire',
      'democracy.checklist_copy',
    ]);
  });
});
