import type { TaskFromReportPreview, TaskSummary } from '@danvan/shared';
import { directionLines } from '@danvan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { fillReport, nineMonthRound } from '../../test/reports.js';
import { dayFromToday, openTasksApp } from '../../test/tasks.js';

// An approved report's "directions and tasks" become tasks in one step, given by the reporting unit.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;
let reportId: number;

const directions = [
  'II. NHIỆM VỤ TRỌNG TÂM',
  '1. Tiếp tục tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến các tổ dân phố.',
  '- Tổ chức đối thoại giữa người đứng đầu cấp ủy với Nhân dân.',
  'b) Nhân rộng mô hình "Dân vận khéo" về bảo vệ môi trường.',
].join('\n');

beforeEach(async () => {
  ({ t, cookies, ids } = await openTasksApp());
  ids['AS-SH-P1-MT'] = await t.unitId('AS-SH-P1-MT');
  const round = await t.call({
    method: 'POST',
    url: '/api/rounds',
    cookie: cookies['thanhpho.lanhdao'],
    body: nineMonthRound(ids['AS-SH'], 2026),
  });
  expect(round.statusCode, round.body).toBe(201);
  reportId = await fillReport(t, { roundId: round.json().id, unitId: ids['AS-SH-P1'] }, [], {
    author: cookies['phuong1.dv'],
    approver: cookies['thanhpho.lanhdao'],
    to: 'submitted',
    narrative: { directions },
  });
});
afterEach(() => t.close());

const convert = (cookie: string, body: Record<string, unknown> = {}) =>
  t.call({
    method: 'POST',
    url: '/api/tasks/from-report',
    cookie,
    body: { reportId, ownerUnitIds: [ids['AS-SH-P1-MT']], deadline: dayFromToday(60), ...body },
  });

describe('tasks from a report', () => {
  it('reads the lines of the section without their numbering, leaving headings out', () => {
    expect(directionLines(directions)).toEqual([
      'Tiếp tục tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến các tổ dân phố.',
      'Tổ chức đối thoại giữa người đứng đầu cấp ủy với Nhân dân.',
      'Nhân rộng mô hình "Dân vận khéo" về bảo vệ môi trường.',
    ]);
  });

  it('waits for the approval, then gives one task per line, once; only the reporting unit may', async () => {
    const early = await convert(cookies['phuong1.dv']);
    expect(early.statusCode).toBe(409);
    expect(errorBody(early).code).toBe('report_not_approved');
    const approved = await t.call({
      method: 'POST',
      url: `/api/reports/${reportId}/approve`,
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await convert(cookies['thanhpho.lanhdao'])).statusCode).toBe(403);
    expect((await convert(cookies.viewer)).statusCode).toBe(403);
    expect((await convert(cookies['phuong2.dv'])).statusCode).toBe(404);
    const made = await convert(cookies['phuong1.dv']);
    expect(made.statusCode, made.body).toBe(201);
    const items = made.json().items as TaskSummary[];
    expect(items.map((task) => task.title)).toEqual(directionLines(directions));
    expect(items[0]).toMatchObject({
      sourceKind: 'report',
      sourceRefId: reportId,
      assignerName: 'Phường 1',
      ownerUnitName: 'Mặt trận Tổ quốc Phường 1',
      status: 'open',
    });
    const again = await convert(cookies['phuong1.dv']);
    expect(again.statusCode).toBe(409);
    expect(errorBody(again).code).toBe('already_converted');
    const chosen = await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM tasks WHERE source_ref_id = $1', [
      reportId,
    ]);
    expect(chosen[0].n).toBe(3);
  });

  it('shows the lines with the tasks made, makes the chosen ones with their deadlines, then the rest, never twice', async () => {
    const preview = async (cookie: string) =>
      (
        await t.call({ method: 'GET', url: `/api/tasks/from-report/${reportId}`, cookie })
      ).json() as TaskFromReportPreview;
    expect(await preview(cookies['phuong1.dv'])).toMatchObject({ approved: false, canCreate: false });
    await t.call({ method: 'POST', url: `/api/reports/${reportId}/approve`, cookie: cookies['thanhpho.lanhdao'] });
    const before = await preview(cookies['phuong1.dv']);
    // A nine-month report (15/12–14/9): the rest of the year is the next period.
    expect(before).toMatchObject({ approved: true, canCreate: true, defaultDeadline: '2026-12-14' });
    expect(before.lines.map((line) => line.taskId)).toEqual([null, null, null]);
    expect((await preview(cookies.viewer)).canCreate).toBe(false);
    expect((await preview(cookies['thanhpho.lanhdao'])).canCreate).toBe(false);
    expect(
      (await t.call({ method: 'GET', url: `/api/tasks/from-report/${reportId}`, cookie: cookies['phuong2.dv'] }))
        .statusCode,
    ).toBe(404);

    const [first, second, third] = before.lines.map((line) => line.text);
    const past = await convert(cookies['phuong1.dv'], { lines: [{ text: first, deadline: dayFromToday(-1) }] });
    expect(past.statusCode).toBe(400);
    expect(errorBody(past).fields?.map((f) => f.path)).toContain('body.lines.0.deadline');
    const made = await convert(cookies['phuong1.dv'], {
      lines: [{ text: first, deadline: dayFromToday(20) }, { text: third }],
    });
    expect(made.statusCode, made.body).toBe(201);
    expect((made.json().items as TaskSummary[]).map((task) => task.dueOn)).toEqual([
      dayFromToday(20),
      dayFromToday(60),
    ]);
    // Reworded after it was given, a task still stands for its line.
    const reworded = await t.call({
      method: 'PATCH',
      url: `/api/tasks/${(made.json().items as TaskSummary[])[0].id}`,
      cookie: cookies['phuong1.dv'],
      body: { title: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở tại 12 tổ dân phố' },
    });
    expect(reworded.statusCode, reworded.body).toBe(200);
    const after = await preview(cookies['phuong1.dv']);
    expect(after.lines.map((line) => line.taskId !== null)).toEqual([true, false, true]);
    const twice = await convert(cookies['phuong1.dv'], { lines: [{ text: second }, { text: third }] });
    expect(twice.statusCode).toBe(409);
    expect(errorBody(twice)).toMatchObject({ code: 'already_converted', fields: [{ path: 'body.lines.1.text' }] });
    // Without lines: the one left.
    const rest = await convert(cookies['phuong1.dv']);
    expect((rest.json().items as TaskSummary[]).map((task) => task.title)).toEqual([second]);
    const listed = await t.call({
      method: 'GET',
      url: `/api/tasks?sourceKind=report&sourceRefId=${reportId}`,
      cookie: cookies['phuong1.dv'],
    });
    expect(listed.json().total).toBe(3);
  });

  it('gives each line to its own units, the others to the body’s; a line without units is refused at its field', async () => {
    await t.call({ method: 'POST', url: `/api/reports/${reportId}/approve`, cookie: cookies['thanhpho.lanhdao'] });
    ids['AS-SH-P1-KDV'] = await t.unitId('AS-SH-P1-KDV');
    const [first, second, third] = directionLines(directions);
    const empty = await t.call({
      method: 'POST',
      url: '/api/tasks/from-report',
      cookie: cookies['phuong1.dv'],
      body: { reportId, deadline: dayFromToday(60), lines: [{ text: first, ownerUnitIds: [] }] },
    });
    expect(empty.statusCode).toBe(400);
    expect(errorBody(empty).fields?.map((f) => f.path)).toContain('body.lines.0.ownerUnitIds');
    const made = await convert(cookies['phuong1.dv'], {
      lines: [
        { text: first, ownerUnitIds: [ids['AS-SH-P1-KDV']] },
        { text: second, ownerUnitIds: [ids['AS-SH-P1-MT'], ids['AS-SH-P1-KDV']] },
        { text: third },
      ],
    });
    expect(made.statusCode, made.body).toBe(201);
    const items = made.json().items as TaskSummary[];
    expect(items.map((task) => [task.ownerUnitName, task.childCount])).toEqual([
      ['Khối dân vận Phường 1', 0],
      ['Phường 1', 2],
      ['Mặt trận Tổ quốc Phường 1', 0],
    ]);
  });
});
