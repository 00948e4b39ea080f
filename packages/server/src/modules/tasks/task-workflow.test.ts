import type { Inbox, TaskDetail } from '@danvan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asSystem } from '../../db/scope.js';
import { computedIndicators } from '../../reporting/indicator-providers.js';
import { errorBody, type TestApp } from '../../test/harness.js';
import { backdate, dayFromToday, giveTask, multipart, openTasksApp, PDF } from '../../test/tasks.js';

// The follow-up of a task: progress with evidence, completion proposed and accepted or sent back,
// extensions, the inbox of both sides and the report figures.
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

const post = (cookie: string, url: string, body: unknown = {}) => t.call({ method: 'POST', url, cookie, body });
const attach = (cookie: string, id: number, name: string, content: Buffer) => {
  const upload = multipart(name, content);
  return t.call({
    method: 'POST',
    url: `/api/tasks/${id}/attachments`,
    cookie,
    body: upload.body.toString('latin1'),
    headers: { 'content-type': upload.contentType },
  });
};
const inboxOf = async (cookie: string) =>
  ((await t.call({ method: 'GET', url: '/api/inbox', cookie })).json() as Inbox).groups;

describe('following a task up', () => {
  it('reports progress with evidence, proposes, and the city accepts; the parent counts it', async () => {
    const progress = await post(cookies['phuong1.dv'], `/api/tasks/${ward1}/progress`, {
      note: 'Đã tổ chức 3 buổi tuyên truyền',
      percent: 60,
    });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json()).toMatchObject({ percent: 60, updates: [{ kind: 'progress', percent: 60 }] });
    // Completion needs evidence first.
    const early = await post(cookies['phuong1.dv'], `/api/tasks/${ward1}/propose`, { note: 'Đã xong' });
    expect(early.statusCode).toBe(409);
    expect(errorBody(early).code).toBe('evidence_required');
    const text = await attach(cookies['phuong1.dv'], ward1, 'bien-ban.pdf', Buffer.from('not really a pdf'));
    expect(text.statusCode).toBe(415);
    const file = await attach(cookies['phuong1.dv'], ward1, 'bien-ban.pdf', PDF);
    expect(file.statusCode, file.body).toBe(201);
    expect((file.json() as TaskDetail).attachments).toMatchObject([
      { fileName: 'bien-ban.pdf', mime: 'application/pdf' },
    ]);
    const attachmentId = (file.json() as TaskDetail).attachments[0].id;
    const download = await t.call({
      method: 'GET',
      url: `/api/tasks/${ward1}/attachments/${attachmentId}`,
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const outsider = await t.call({
      method: 'GET',
      url: `/api/tasks/${ward1}/attachments/${attachmentId}`,
      cookie: cookies['phuong2.dv'],
    });
    expect(outsider.statusCode).toBe(404);
    const proposed = await post(cookies['phuong1.dv'], `/api/tasks/${ward1}/propose`, { note: 'Đã hoàn thành' });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json()).toMatchObject({ status: 'proposed', abilities: { report: false } });

    const cityInbox = await inboxOf(cookies['thanhpho.lanhdao']);
    expect(cityInbox.find((g) => g.key === 'tasksToAccept')).toMatchObject({
      count: 1,
      items: [{ unitName: 'Phường 1', link: { kind: 'task', id: ward1 } }],
    });
    expect((await post(cookies['phuong1.lanhdao'], `/api/tasks/${ward1}/accept`)).statusCode).toBe(403);
    expect((await post(cookies['phuong2.dv'], `/api/tasks/${ward1}/accept`)).statusCode).toBe(404);
    const accepted = await post(cookies['thanhpho.lanhdao'], `/api/tasks/${ward1}/accept`, { comment: 'Tốt' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'done', bucket: 'on_time', completedOn: dayFromToday(0) });
    expect((await post(cookies['thanhpho.lanhdao'], `/api/tasks/${ward1}/accept`)).statusCode).toBe(409);
    const after = (
      await t.call({ method: 'GET', url: `/api/tasks/${parent.id}`, cookie: cookies['thanhpho.lanhdao'] })
    ).json() as TaskDetail;
    expect(after).toMatchObject({ childCount: 2, childrenDone: 1, status: 'cascaded' });
    const history = await t.call({ method: 'GET', url: `/api/tasks/${ward1}/history`, cookie: cookies['phuong1.dv'] });
    expect(history.json().map((e: { action: string }) => e.action)).toEqual([
      'task.accept',
      'task.propose',
      'task.attach',
      'task.progress',
      'task.create',
    ]);
  });

  it('sends a proposal back with a comment; the owner works on; the last child completes the parent', async () => {
    await post(cookies['phuong2.dv'], `/api/tasks/${ward2}/progress`, { note: 'Xong phần 1', documentIds: [] });
    await attach(cookies['phuong2.dv'], ward2, 'anh.pdf', PDF);
    await post(cookies['phuong2.dv'], `/api/tasks/${ward2}/propose`, { note: 'Đề nghị' });
    const noComment = await post(cookies['thanhpho.lanhdao'], `/api/tasks/${ward2}/send-back`, { comment: ' ' });
    expect(noComment.statusCode).toBe(400);
    expect(errorBody(noComment).fields?.[0].path).toBe('body.comment');
    const back = await post(cookies['thanhpho.lanhdao'], `/api/tasks/${ward2}/send-back`, {
      comment: 'Thiếu biên bản buổi 2',
    });
    expect(back.json()).toMatchObject({ status: 'returned' });
    expect((back.json() as TaskDetail).updates[0]).toMatchObject({ kind: 'returned', note: 'Thiếu biên bản buổi 2' });
    expect((await post(cookies['thanhpho.lanhdao'], `/api/tasks/${ward2}/progress`, { note: 'x' })).statusCode).toBe(
      403,
    );
    expect((await post(cookies.viewer, `/api/tasks/${ward1}/progress`, { note: 'x' })).statusCode).toBe(403);
    expect((await post(cookies['phuong1.dv'], `/api/tasks/${ward2}/progress`, { note: 'x' })).statusCode).toBe(404);
    // Both wards done: the parent is done on the day the last was accepted.
    await post(cookies['phuong2.dv'], `/api/tasks/${ward2}/propose`, { note: 'Đã bổ sung' });
    await post(cookies['thanhpho.lanhdao'], `/api/tasks/${ward2}/accept`);
    await attach(cookies['phuong1.dv'], ward1, 'bb.pdf', PDF);
    await post(cookies['phuong1.dv'], `/api/tasks/${ward1}/propose`, { note: 'Đã xong' });
    await backdate(t, ward1, { givenDaysAgo: 40, dueIn: -5 });
    const late = await post(cookies['thanhpho.lanhdao'], `/api/tasks/${ward1}/accept`);
    expect(late.json()).toMatchObject({ status: 'done', bucket: 'late' });
    const whole = (
      await t.call({ method: 'GET', url: `/api/tasks/${parent.id}`, cookie: cookies['thanhpho.lanhdao'] })
    ).json() as TaskDetail;
    expect(whole).toMatchObject({ status: 'done', childrenDone: 2, completedOn: dayFromToday(0), bucket: 'on_time' });
  });

  it('asks for an extension, which the city approves; a refusal needs a reason', async () => {
    const early = await post(cookies['phuong1.dv'], `/api/tasks/${ward1}/extensions`, {
      newDeadline: dayFromToday(10),
      reason: 'Chờ kinh phí',
    });
    expect(early.statusCode).toBe(400);
    expect(errorBody(early).fields?.[0].path).toBe('body.newDeadline');
    const asked = await post(cookies['phuong1.dv'], `/api/tasks/${ward1}/extensions`, {
      newDeadline: dayFromToday(60),
      reason: 'Chờ kinh phí',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const request = (asked.json() as TaskDetail).extensions[0];
    expect(request).toMatchObject({ status: 'pending', previousDue: dayFromToday(30), newDeadline: dayFromToday(60) });
    expect((asked.json() as TaskDetail).abilities.requestExtension).toBe(false);
    const again = await post(cookies['phuong1.dv'], `/api/tasks/${ward1}/extensions`, {
      newDeadline: dayFromToday(61),
      reason: 'Lần nữa',
    });
    expect(again.statusCode).toBe(409);
    expect((await inboxOf(cookies['thanhpho.lanhdao'])).find((g) => g.key === 'taskExtensionsToDecide')?.count).toBe(1);
    const url = `/api/tasks/${ward1}/extensions/${request.id}`;
    expect((await post(cookies['phuong1.lanhdao'], `${url}/approve`)).statusCode).toBe(403);
    expect((await post(cookies['phuong2.dv'], `${url}/approve`)).statusCode).toBe(404);
    const noReason = await post(cookies['thanhpho.lanhdao'], `${url}/refuse`, { comment: '' });
    expect(noReason.statusCode).toBe(400);
    const approved = await post(cookies['thanhpho.lanhdao'], `${url}/approve`, { comment: 'Đồng ý' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ deadline: dayFromToday(30), dueOn: dayFromToday(60) });
    expect((approved.json() as TaskDetail).extensions[0]).toMatchObject({
      status: 'approved',
      decidedBy: 'Trần Văn Đức',
    });
    expect((await post(cookies['thanhpho.lanhdao'], `${url}/approve`)).statusCode).toBe(404);
    // A second request, refused: the deadline stays.
    const second = (
      await post(cookies['phuong1.dv'], `/api/tasks/${ward1}/extensions`, {
        newDeadline: dayFromToday(90),
        reason: 'Thêm',
      })
    ).json() as TaskDetail;
    const refused = await post(
      cookies['thanhpho.lanhdao'],
      `/api/tasks/${ward1}/extensions/${second.extensions[0].id}/refuse`,
      {
        comment: 'Cần hoàn thành trong năm',
      },
    );
    expect(refused.json()).toMatchObject({ dueOn: dayFromToday(60) });
    expect((refused.json() as TaskDetail).extensions.map((e) => e.status)).toEqual(['refused', 'approved']);
  });

  it("shows the ward its overdue and due tasks, and the city's list highlights the overdue one", async () => {
    await backdate(t, ward1, { givenDaysAgo: 60, dueIn: -3 });
    await backdate(t, ward2, { givenDaysAgo: 10, dueIn: 3 });
    const ward1Inbox = await inboxOf(cookies['phuong1.dv']);
    expect(ward1Inbox.find((g) => g.key === 'tasksOverdue')).toMatchObject({
      count: 1,
      items: [
        { overdue: true, date: dayFromToday(-3), unitName: 'Thành phố Sơn Hà', link: { kind: 'task', id: ward1 } },
      ],
    });
    const ward2Inbox = await inboxOf(cookies['phuong2.dv']);
    expect(ward2Inbox.find((g) => g.key === 'tasksDueSoon')).toMatchObject({ count: 1, items: [{ overdue: false }] });
    expect(ward2Inbox.find((g) => g.key === 'tasksOverdue')).toBeUndefined();
    // The viewer sees the task but has nothing to do.
    expect((await inboxOf(cookies.viewer)).filter((g) => g.key.startsWith('task'))).toEqual([]);
    expect((await inboxOf(cookies['thanhpho.lanhdao'])).find((g) => g.key === 'tasksGivenOverdue')).toMatchObject({
      count: 1,
      items: [{ overdue: true, unitName: 'Phường 1', link: { kind: 'task', id: ward1 } }],
    });
    const overdue = (
      await t.call({ method: 'GET', url: '/api/tasks?flat=true&bucket=overdue', cookie: cookies['thanhpho.lanhdao'] })
    ).json();
    expect(overdue.items.map((i: { id: number }) => i.id)).toEqual([ward1]);
  });

  it('gives the report the tasks of an area in each bucket for the period', async () => {
    // Phường 1: overdue; Phường 2: done on time; a third task of Phường 1 in progress.
    await backdate(t, ward1, { givenDaysAgo: 60, dueIn: -3 });
    await attach(cookies['phuong2.dv'], ward2, 'bb.pdf', PDF);
    await post(cookies['phuong2.dv'], `/api/tasks/${ward2}/propose`, { note: 'Đã xong' });
    await post(cookies['thanhpho.lanhdao'], `/api/tasks/${ward2}/accept`);
    await giveTask(t, cookies['thanhpho.lanhdao'], { ownerUnitIds: [ids['AS-SH-P1']] });
    const compute = async (unitCode: string, excluded: string[]) => {
      const paths = await t.ownerQuery<{ code: string; path: string }>(
        'SELECT code, path::text AS path FROM units WHERE code = ANY($1)',
        [[unitCode, ...excluded]],
      );
      return asSystem(t.db, async (sql) => {
        const pathOf = (code: string) => paths.find((p) => p.code === code)?.path as string;
        const context = {
          unitPath: pathOf(unitCode),
          excludedPaths: excluded.map(pathOf),
          periodStart: dayFromToday(-90),
          periodEnd: dayFromToday(0),
        };
        const figures: Record<string, number | null> = {};
        for (const key of ['tasks.on_time', 'tasks.late', 'tasks.in_progress', 'tasks.overdue'])
          figures[key] = (await computedIndicators.get(key)?.compute(sql, context))?.value ?? null;
        return figures;
      });
    };
    expect(await compute('AS-SH', [])).toEqual({
      'tasks.on_time': 1,
      'tasks.late': 0,
      'tasks.in_progress': 1,
      'tasks.overdue': 1,
    });
    expect(await compute('AS-SH', ['AS-SH-P1'])).toEqual({
      'tasks.on_time': 1,
      'tasks.late': 0,
      'tasks.in_progress': 0,
      'tasks.overdue': 0,
    });
    expect(await compute('AS-DD', [])).toEqual({
      'tasks.on_time': null,
      'tasks.late': null,
      'tasks.in_progress': null,
      'tasks.overdue': null,
    });
    const catalogue = await t.ownerQuery<{ code: string; computed_key: string }>(
      `SELECT code, computed_key FROM indicators WHERE year = 2026 AND code LIKE 'NV\\_%' ORDER BY sort_order`,
    );
    expect(catalogue.map((row) => row.computed_key)).toEqual([
      'tasks.on_time',
      'tasks.late',
      'tasks.in_progress',
      'tasks.overdue',
    ]);
  });
});
