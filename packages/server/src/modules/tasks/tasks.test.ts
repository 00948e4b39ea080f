import type { TaskSummary } from '@danvan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { dayFromToday, giveTask, openTasksApp } from '../../test/tasks.js';

// Giving tasks: to one unit, to several (cascading), to every unit of a type; who sees them, who may
// give them, and what bad input gets.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;

beforeEach(async () => {
  ({ t, cookies, ids } = await openTasksApp());
});
afterEach(() => t.close());

const get = (cookie: string, url: string) => t.call({ method: 'GET', url, cookie });
const list = async (cookie: string, params = '') =>
  (await get(cookie, `/api/tasks${params}`)).json() as { total: number; items: TaskSummary[] };

describe('giving tasks', () => {
  it('gives a task to every ward of the city: one child per ward, the parent counts them', async () => {
    const parent = await giveTask(t, cookies['thanhpho.lanhdao'], {
      ownerUnitType: 'ward',
      unitDeadlines: [{ unitId: ids['AS-SH-P2'], deadline: dayFromToday(45) }],
      priority: 'high',
      sourceKind: 'conference',
      sourceText: 'Kết luận Hội nghị sơ kết 9 tháng, mục 2',
    });
    expect(parent).toMatchObject({
      status: 'cascaded',
      assignerName: 'Thành phố Sơn Hà',
      ownerUnitName: 'Thành phố Sơn Hà',
      childCount: 8,
      childrenDone: 0,
      bucket: 'in_progress',
      sourceKind: 'conference',
    });
    expect(parent.children.map((c) => c.ownerUnitName)).toContain('Phường 1');
    const p2 = parent.children.find((c) => c.ownerUnitId === ids['AS-SH-P2']) as TaskSummary;
    const p1 = parent.children.find((c) => c.ownerUnitId === ids['AS-SH-P1']) as TaskSummary;
    expect(p2.deadline).toBe(dayFromToday(45));
    expect(p1.deadline).toBe(dayFromToday(30));
    expect(p1.abilities).toMatchObject({ report: false, accept: false });

    // The city's list shows the parent as one row; flat, the eight wards' shares.
    const city = await list(cookies['thanhpho.lanhdao']);
    expect(city.items.map((i) => i.id)).toEqual([parent.id]);
    expect((await list(cookies['thanhpho.lanhdao'], '?flat=true')).total).toBe(8);
    // A ward sees its own share as a row of its own, not the parent nor the other wards'.
    const ward = await list(cookies['phuong1.dv']);
    expect(ward.items.map((i) => i.id)).toEqual([p1.id]);
    expect(ward.items[0].abilities).toMatchObject({ report: true, propose: true, accept: false });
    expect((await get(cookies['phuong1.dv'], `/api/tasks/${parent.id}`)).statusCode).toBe(404);
    expect((await get(cookies['phuong1.dv'], `/api/tasks/${p2.id}`)).statusCode).toBe(404);
    expect((await get(cookies['viewer'], `/api/tasks/${p1.id}`)).statusCode).toBe(200);
    // The province sees the city's task; another district does not exist for it here.
    expect((await get(cookies['tinh.dv'], `/api/tasks/${parent.id}`)).statusCode).toBe(200);
  });

  it('gives one task to one unit without a parent, and two with one', async () => {
    const one = await giveTask(t, cookies['thanhpho.lanhdao'], {
      ownerUnitIds: [ids['AS-SH-P1']],
      ownerPerson: 'Đ/c Lê Thị Hồng Nhung',
      cooperatingUnitIds: [ids['AS-SH-MT']],
    });
    expect(one).toMatchObject({ status: 'open', parentId: null, childCount: 0, ownerUnitName: 'Phường 1' });
    expect(one.cooperatingUnits.map((u) => u.id)).toEqual([ids['AS-SH-MT']]);
    const two = await giveTask(t, cookies['thanhpho.lanhdao'], { ownerUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2']] });
    expect(two).toMatchObject({ status: 'cascaded', childCount: 2 });
    const history = await get(cookies['phuong1.dv'], `/api/tasks/${one.id}/history`);
    expect(history.json().map((e: { action: string }) => e.action)).toEqual(['task.create']);
  });

  it('searches accent-insensitively, filters by unit and bucket, and exports to Excel', async () => {
    await giveTask(t, cookies['thanhpho.lanhdao'], {
      ownerUnitIds: [ids['AS-SH-P1']],
      title: 'Đối thoại với Nhân dân',
    });
    await giveTask(t, cookies['thanhpho.lanhdao'], { ownerUnitIds: [ids['AS-SH-P2']], title: 'Vận động hiến đất' });
    expect((await list(cookies['thanhpho.lanhdao'], '?q=doi%20thoai')).items.map((i) => i.title)).toEqual([
      'Đối thoại với Nhân dân',
    ]);
    expect((await list(cookies['thanhpho.lanhdao'], `?unitId=${ids['AS-SH-P2']}`)).total).toBe(1);
    expect((await list(cookies['thanhpho.lanhdao'], '?bucket=overdue')).total).toBe(0);
    expect((await list(cookies['thanhpho.lanhdao'], '?bucket=in_progress&role=assigned')).total).toBe(2);
    expect((await list(cookies['phuong1.dv'], '?role=owned')).total).toBe(1);
    const outside = await get(cookies['phuong1.dv'], `/api/tasks?unitId=${ids['AS-SH-P2']}`);
    expect(outside.statusCode).toBe(404);
    const xlsx = await get(cookies['thanhpho.lanhdao'], '/api/tasks/export.xlsx?q=hien');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses units out of scope (404), the giver itself and bad input (400), viewers (403)', async () => {
    const post = (cookie: string, body: Record<string, unknown>) =>
      t.call({
        method: 'POST',
        url: '/api/tasks',
        cookie,
        body: { title: 'Nhiệm vụ', deadline: dayFromToday(5), ...body },
      });
    const outside = await post(cookies['phuong1.dv'], { ownerUnitIds: [ids['AS-SH-P2']] });
    expect(outside.statusCode).toBe(404);
    expect(errorBody(outside).fields?.[0].path).toBe('body.ownerUnitIds');
    const itself = await post(cookies['thanhpho.lanhdao'], { ownerUnitIds: [ids['AS-SH']] });
    expect(itself.statusCode).toBe(400);
    expect(errorBody(itself).fields?.[0].path).toBe('body.ownerUnitIds');
    const viewer = await post(cookies.viewer, { ownerUnitIds: [ids['AS-SH-P1']] });
    expect(viewer.statusCode).toBe(403);
    const past = await post(cookies['thanhpho.lanhdao'], {
      ownerUnitIds: [ids['AS-SH-P1']],
      deadline: dayFromToday(-1),
    });
    expect(past.statusCode).toBe(400);
    expect(errorBody(past).fields?.[0]).toMatchObject({ path: 'body.deadline' });
    const noOwner = await post(cookies['thanhpho.lanhdao'], { title: '' });
    expect(noOwner.statusCode).toBe(400);
    const paths = errorBody(noOwner).fields?.map((f) => f.path);
    expect(paths).toContain('body.title');
    const noType = await post(cookies['phuong1.dv'], { ownerUnitType: 'ward' });
    expect(noType.statusCode).toBe(400);
    expect(errorBody(noType).fields?.[0].path).toBe('body.ownerUnitType');
    const foreignDeadline = await post(cookies['thanhpho.lanhdao'], {
      ownerUnitIds: [ids['AS-SH-P1']],
      unitDeadlines: [{ unitId: ids['AS-SH-P3'], deadline: dayFromToday(9) }],
    });
    expect(foreignDeadline.statusCode).toBe(400);
    const badDocument = await post(cookies['thanhpho.lanhdao'], {
      ownerUnitIds: [ids['AS-SH-P1']],
      sourceKind: 'document',
      sourceRefId: 999999,
    });
    expect(badDocument.statusCode).toBe(404);
    expect(errorBody(badDocument).fields?.[0].path).toBe('body.sourceRefId');
    expect((await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM tasks'))[0].n).toBe(0);
    expect((await get(cookies['thanhpho.lanhdao'], '/api/tasks/999999')).statusCode).toBe(404);
  });

  it('shows the menu entry for giving tasks to those who may', async () => {
    const me = async (cookie: string) =>
      (await get(cookie, '/api/auth/me')).json().user.abilities as { assignTasks: boolean };
    expect((await me(cookies['thanhpho.lanhdao'])).assignTasks).toBe(true);
    expect((await me(cookies.viewer)).assignTasks).toBe(false);
  });
});
