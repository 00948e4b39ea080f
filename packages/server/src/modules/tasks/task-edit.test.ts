import type { TaskDetail, TaskSummary } from '@danvan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asSystem } from '../../db/scope.js';
import { computedIndicators } from '../../reporting/indicator-providers.js';
import { errorBody, type TestApp } from '../../test/harness.js';
import { backdate, dayFromToday, giveTask, openTasksApp } from '../../test/tasks.js';

// The giving unit edits and cancels what it gave: who may (in scope, 404 outside, 403 for others),
// in which states, what bad input gets, and what a cancelled task leaves (buckets, figures, lists).
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;
let parent: TaskDetail;
let ward1: number;
let ward2: number;

beforeEach(async () => {
  ({ t, cookies, ids } = await openTasksApp());
  parent = await giveTask(t, cookies['thanhpho.lanhdao'], { ownerUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2']] });
  ward1 = parent.children.find((c) => c.ownerUnitId === ids['AS-SH-P1'])?.id as number;
  ward2 = parent.children.find((c) => c.ownerUnitId === ids['AS-SH-P2'])?.id as number;
});
afterEach(() => t.close());

const call = (method: 'POST' | 'PATCH' | 'GET', cookie: string, url: string, body?: unknown) =>
  t.call({ method, url, cookie, body });
const edit = (cookie: string, id: number, body: unknown) => call('PATCH', cookie, `/api/tasks/${id}`, body);
const cancel = (cookie: string, id: number, reason = 'Nội dung đã được lồng ghép vào nhiệm vụ khác') =>
  call('POST', cookie, `/api/tasks/${id}/cancel`, { reason });
const task = async (cookie: string, id: number) => (await call('GET', cookie, `/api/tasks/${id}`)).json() as TaskDetail;
const city = () => cookies['thanhpho.lanhdao'];

describe('editing a given task', () => {
  it('lets the giving unit edit a share; a new deadline is kept like an extension, with its reason', async () => {
    expect((await task(city(), ward1)).abilities).toMatchObject({ edit: true, cancel: true });
    expect((await task(cookies['phuong1.dv'], ward1)).abilities).toMatchObject({ edit: false, cancel: false });
    const response = await edit(city(), ward1, {
      title: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến từng tổ dân phố',
      priority: 'urgent',
      cooperatingUnitIds: [ids['AS-SH-MT'], ids['AS-SH-MT']],
      deadline: dayFromToday(50),
      reason: 'Chờ hướng dẫn của Tỉnh ủy',
    });
    expect(response.statusCode, response.body).toBe(200);
    const edited = response.json() as TaskDetail;
    expect(edited).toMatchObject({
      title: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến từng tổ dân phố',
      priority: 'urgent',
      deadline: dayFromToday(30),
      dueOn: dayFromToday(50),
      cooperatingUnits: [{ id: ids['AS-SH-MT'] }],
    });
    expect(edited.extensions).toMatchObject([
      {
        kind: 'change',
        status: 'approved',
        previousDue: dayFromToday(30),
        newDeadline: dayFromToday(50),
        reason: 'Chờ hướng dẫn của Tỉnh ủy',
      },
    ]);
    const history = (await call('GET', cookies['phuong1.dv'], `/api/tasks/${ward1}/history`)).json();
    expect(history[0]).toMatchObject({ action: 'task.edit', before: { dueOn: dayFromToday(30), priority: 'normal' } });
    // An earlier deadline is a change too; the other ward's share is untouched.
    const earlier = await edit(city(), ward1, { deadline: dayFromToday(10), reason: 'Đẩy nhanh tiến độ' });
    expect(earlier.json()).toMatchObject({ dueOn: dayFromToday(10) });
    expect((await task(city(), ward2)).dueOn).toBe(dayFromToday(30));
  });

  it("edits a parent: its children follow, those that kept the parent's deadline move with it", async () => {
    await edit(city(), ward2, { deadline: dayFromToday(40), reason: 'Phường 2 có đợt cao điểm' });
    const response = await edit(city(), parent.id, {
      expectedResult: 'Báo cáo kết quả bằng văn bản',
      deadline: dayFromToday(35),
      reason: 'Lùi theo lịch hội nghị',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ dueOn: dayFromToday(35), expectedResult: 'Báo cáo kết quả bằng văn bản' });
    expect(await task(city(), ward1)).toMatchObject({
      dueOn: dayFromToday(35),
      expectedResult: 'Báo cáo kết quả bằng văn bản',
    });
    expect(await task(city(), ward2)).toMatchObject({
      dueOn: dayFromToday(40),
      expectedResult: 'Báo cáo kết quả bằng văn bản',
    });
  });

  it('answers 404 outside the scope, 403 to the owner and to viewers, 409 once done', async () => {
    const body = { priority: 'high' };
    expect((await edit(cookies['phuong2.dv'], ward1, body)).statusCode).toBe(404);
    expect((await edit(cookies['phuong1.dv'], ward1, body)).statusCode).toBe(403);
    expect((await edit(cookies['phuong1.lanhdao'], ward1, body)).statusCode).toBe(403);
    expect((await edit(cookies.viewer, ward1, body)).statusCode).toBe(403);
    expect((await edit(cookies['tinh.dv'], ward1, body)).statusCode).toBe(403);
    expect((await cancel(cookies['phuong2.dv'], ward1)).statusCode).toBe(404);
    expect((await cancel(cookies['phuong1.dv'], ward1)).statusCode).toBe(403);
    expect((await edit(city(), 999_999, body)).statusCode).toBe(404);
    await t.ownerQuery(`UPDATE tasks SET status = 'done', completed_on = now()::date WHERE id = $1`, [ward1]);
    const done = await edit(city(), ward1, { deadline: dayFromToday(60), reason: 'Gia hạn' });
    expect(done.statusCode).toBe(409);
    expect(errorBody(done).code).toBe('illegal_transition');
    expect((await cancel(city(), ward1)).statusCode).toBe(409);
  });

  it('refuses bad input with the field: nothing to change, a past deadline, no reason, an unknown unit', async () => {
    const cases: [unknown, number, string][] = [
      [{}, 400, 'body'],
      [{ deadline: dayFromToday(-1), reason: 'Sửa lại' }, 400, 'body.deadline'],
      [{ deadline: dayFromToday(40) }, 400, 'body.reason'],
      [{ deadline: 'ngày mai', reason: 'x' }, 400, 'body.deadline'],
      [{ title: '' }, 400, 'body.title'],
      [{ priority: 'very' }, 400, 'body.priority'],
      [{ cooperatingUnitIds: [999_999] }, 404, 'body.cooperatingUnitIds'],
    ];
    for (const [body, status, field] of cases) {
      const response = await edit(city(), ward1, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(errorBody(response).fields?.map((f) => f.path)).toContain(field);
    }
    const noReason = await call('POST', city(), `/api/tasks/${ward1}/cancel`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(errorBody(noReason).fields?.map((f) => f.path)).toContain('body.reason');
  });

  it("refuses a deadline change while the owner's extension request waits", async () => {
    const asked = await call('POST', cookies['phuong1.dv'], `/api/tasks/${ward1}/extensions`, {
      newDeadline: dayFromToday(45),
      reason: 'Mưa bão',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const response = await edit(city(), ward1, { deadline: dayFromToday(40), reason: 'Đổi hạn' });
    expect(response.statusCode).toBe(409);
    expect(errorBody(response).code).toBe('extension_pending');
    expect((await edit(city(), ward1, { priority: 'high' })).statusCode).toBe(200);
  });
});

describe('cancelling a given task', () => {
  it('cancels a parent and its open children with the reason; the done ones stay done', async () => {
    await t.ownerQuery(`UPDATE tasks SET status = 'done', completed_on = now()::date WHERE id = $1`, [ward2]);
    const response = await cancel(city(), parent.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'cancelled',
      cancelledOn: dayFromToday(0),
      cancelReason: 'Nội dung đã được lồng ghép vào nhiệm vụ khác',
      abilities: { edit: false, cancel: false },
    });
    expect(await task(cookies['phuong1.dv'], ward1)).toMatchObject({
      status: 'cancelled',
      abilities: { report: false, propose: false, requestExtension: false },
    });
    expect((await task(city(), ward2)).status).toBe('done');
    const progress = await call('POST', cookies['phuong1.dv'], `/api/tasks/${ward1}/progress`, { note: 'Đã làm' });
    expect(progress.statusCode).toBe(409);
    const again = await cancel(city(), parent.id);
    expect(again.statusCode).toBe(409);
    const history = (await call('GET', cookies['phuong1.dv'], `/api/tasks/${ward1}/history`)).json();
    expect(history[0]).toMatchObject({ action: 'task.cancel', before: { status: 'open' } });
  });

  it('completes the parent when the last undone share is cancelled and the others are done', async () => {
    await t.ownerQuery(`UPDATE tasks SET status = 'done', completed_on = now()::date WHERE id = $1`, [ward2]);
    expect((await cancel(city(), ward1)).statusCode).toBe(200);
    expect(await task(city(), parent.id)).toMatchObject({ status: 'done', childCount: 1, childrenDone: 1 });
  });

  it('leaves the buckets, the figures and the inbox; stays listed with a filter of its own', async () => {
    await backdate(t, ward1, { givenDaysAgo: 40, dueIn: -5 });
    await backdate(t, ward2, { givenDaysAgo: 40, dueIn: -5 });
    expect((await cancel(city(), ward1)).statusCode).toBe(200);
    const list = async (params: string) =>
      (await call('GET', city(), `/api/tasks?flat=true${params}`)).json() as { total: number; items: TaskSummary[] };
    expect((await list('&bucket=overdue')).items.map((i) => i.id)).toEqual([ward2]);
    expect((await list('&state=cancelled')).items.map((i) => i.id)).toEqual([ward1]);
    expect((await list('&state=active')).items.map((i) => i.id)).toEqual([ward2]);
    expect((await list('')).total).toBe(2);
    const inbox = (await call('GET', cookies['phuong1.dv'], '/api/inbox')).json() as {
      groups: { items: { href?: string }[] }[];
    };
    expect(JSON.stringify(inbox.groups)).not.toContain(`/tasks/${ward1}`);
    const [{ path }] = await t.ownerQuery<{ path: string }>(
      `SELECT path::text AS path FROM units WHERE code = 'AS-SH'`,
    );
    const context = { unitPath: path, excludedPaths: [], periodStart: dayFromToday(-90), periodEnd: dayFromToday(0) };
    const figures = await asSystem(
      t.db,
      async (sql) => (await computedIndicators.get('tasks.overdue')?.compute(sql, context))?.value,
    );
    expect(figures).toBe(1);
  });
});

describe("the last period's tasks", () => {
  it("lists a unit's tasks due in the period, or due before its end and still open, not the cancelled ones", async () => {
    const dueIn = async (id: number, days: number) => backdate(t, id, { givenDaysAgo: 100, dueIn: days });
    const more = await giveTask(t, city(), { ownerUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2']], title: 'Đối thoại' });
    const [m1, m2] = more.children.map((c) => c.id);
    await dueIn(ward1, -40); // in the period
    await dueIn(ward2, -80); // before it, still open
    await dueIn(m1, -80); // before it, done
    await t.ownerQuery(`UPDATE tasks SET status = 'done', completed_on = now()::date - 70 WHERE id = $1`, [m1]);
    await dueIn(m2, -40); // in the period, cancelled
    await cancel(city(), m2);
    const query = `periodFrom=${dayFromToday(-60)}&periodTo=${dayFromToday(-20)}`;
    const given = (await call('GET', city(), `/api/tasks?flat=true&role=assigned&${query}`)).json();
    expect(given.items.map((i: TaskSummary) => i.id).sort()).toEqual([ward1, ward2].sort());
    const owned = (await call('GET', cookies['phuong1.dv'], `/api/tasks?role=owned&${query}`)).json();
    expect(owned.items.map((i: TaskSummary) => i.id)).toEqual([ward1]);
    const half = await call('GET', city(), `/api/tasks?periodFrom=${dayFromToday(-60)}`);
    expect(half.statusCode).toBe(400);
    expect(errorBody(half).fields?.map((f) => f.path)).toContain('query.periodTo');
  });
});
