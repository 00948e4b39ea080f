import type { ReportView } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../../db/client.js';
import { keptWhileRegistersUnchanged, registerReading } from '../../reporting/kept-figures.js';
import type { TestApp } from '../../test/harness.js';
import { nineMonthRound, openReportsApp, reportOf, rowOf } from '../../test/reports.js';

// A report's figures computed from the registers are kept between requests (reporting/kept-figures.ts) while the
// registers' version is unchanged: every write must show in the next read, whoever makes it, and a reader must
// never be given what was computed in another scope.
let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let roundId: number;

beforeAll(async () => {
  t = await openReportsApp(cookies, ids);
  const opened = await t.call({
    method: 'POST',
    url: '/api/rounds',
    cookie: cookies['thanhpho.lanhdao'],
    body: nineMonthRound(ids['AS-SH'], 2026),
  });
  expect(opened.statusCode, opened.body).toBe(201);
  roundId = opened.json().id;
});
afterAll(() => t.close());

const documentsOfWard1 = async () =>
  rowOf(await reportOf(t, cookies['phuong1.dv'], roundId, ids['AS-SH-P1']), 'VB_TONG')?.own.value ?? 0;

describe('the figures kept while the registers are unchanged', () => {
  it('follow a document registered through the API, and one added and removed outside the app', async () => {
    const before = await documentsOfWard1();
    expect(await documentsOfWard1()).toBe(before);
    const registered = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['phuong1.dv'],
      body: {
        unitId: ids['AS-SH-P1'],
        type: 'KH',
        symbol: '91-KH/DVP1',
        issuedOn: '2026-03-02',
        signer: 'Lê Văn Bình',
        title: 'Kế hoạch thử bộ nhớ tạm',
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(await documentsOfWard1()).toBe(before + 1);

    const [added] = await t.ownerQuery<{ id: number }>(
      `INSERT INTO documents (unit_id, type, symbol, doc_number, issuer_abbr, issued_on, signer, title)
       VALUES ($1, 'BC', '92-BC/DVP1', 92, 'DVP1', '2026-04-02', 'Lê Văn Bình', 'Báo cáo thêm ngoài ứng dụng') RETURNING id`,
      [ids['AS-SH-P1']],
    );
    expect(await documentsOfWard1()).toBe(before + 2);
    await t.ownerQuery(`DELETE FROM documents WHERE id = $1`, [added.id]);
    expect(await documentsOfWard1()).toBe(before + 1);
  });

  it('are never taken from a transaction that was rolled back, though the counter reads the same after it', async () => {
    const versionNow = () => t.db.transaction(async (sql) => (await registerReading(sql)).version);
    const rolledBack = await t.db
      .transaction(async (sql) => {
        await sql.query(`UPDATE units SET name = name WHERE id = $1`, [ids['AS-SH-P1']]);
        throw new Error((await registerReading(sql)).version);
      })
      .catch((error: Error) => error.message);
    await t.ownerQuery(`UPDATE units SET name = name WHERE id = $1`, [ids['AS-SH-P1']]);
    const committed = await versionNow();
    // The counter alone would repeat (the rolled-back increment is undone); the row's version does not.
    expect(committed.split(':')[2]).toBe(rolledBack.split(':')[2]);
    expect(committed).not.toBe(rolledBack);
  });

  it('give each account the report as its role sees it', async () => {
    const specialist: ReportView = await reportOf(t, cookies['phuong1.dv'], roundId, ids['AS-SH-P1']);
    const leader: ReportView = await reportOf(t, cookies['thanhpho.lanhdao'], roundId, ids['AS-SH-P1']);
    expect(specialist.abilities.edit).toBe(true);
    expect(leader.abilities.edit).toBe(false);
    // The editor sees what the records say now; a reader sees what was saved (nothing yet), kept figures or not.
    expect(rowOf(specialist, 'VB_TONG')?.own).toMatchObject({ value: 1, source: 'computed' });
    expect(rowOf(leader, 'VB_TONG')?.own.value).toBeNull();
    // The other ward's specialist cannot open it at all.
    const other = await t.call({
      method: 'GET',
      url: `/api/rounds/${roundId}/units/${ids['AS-SH-P1']}/report`,
      cookie: cookies['phuong2.dv'],
    });
    expect(other.statusCode).toBe(404);
  });

  it('stay kept across the form’s autosave: saving a draft writes no register', async () => {
    const versionNow = () => t.db.transaction(async (sql) => (await registerReading(sql)).version);
    const report = await reportOf(t, cookies['phuong1.dv'], roundId, ids['AS-SH-P1']);
    const before = await versionNow();
    const saved = await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong1.dv'],
      body: { values: [] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await versionNow()).toBe(before);
  });

  it('are kept apart by scope: the same key read in another scope is computed again', async () => {
    const sql = { cache: new Map(), query: () => Promise.reject(new Error('unused')), exec: () => Promise.resolve() };
    const reading = (scope: string, version: string) => ({ sql: sql as Sql, scope, version });
    let computed = 0;
    const compute = async () => ++computed;
    expect(await keptWhileRegistersUnchanged(reading('vn.a', '1:0:1'), 'k', compute)).toBe(1);
    expect(await keptWhileRegistersUnchanged(reading('vn.a', '1:0:1'), 'k', compute)).toBe(1);
    expect(await keptWhileRegistersUnchanged(reading('vn.a.b', '1:0:1'), 'k', compute)).toBe(2);
    expect(await keptWhileRegistersUnchanged(reading('vn.a', '2:0:2'), 'k', compute)).toBe(3);
    expect(await keptWhileRegistersUnchanged(reading('vn.a.b', '1:0:1'), 'k', compute)).toBe(2);
  });
});

describe('the registers’ version', () => {
  it('moves with a write to every table but the listed ones, which no figure is computed from', async () => {
    const untracked = await t.ownerQuery<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'register_stamp')
        ORDER BY 1`,
    );
    // A new table that a computed indicator, a narrative fact or a report's issuing body reads needs the trigger
    // (see migration 0036); one that none of them reads goes here.
    expect(untracked.map((row) => row.name)).toEqual([
      'audit_log',
      'conference_files',
      'democracy_attachments',
      'document_attachments',
      'document_words',
      'indicators',
      'login_throttle',
      'model_photos',
      'register_stamp',
      'report_values',
      'report_versions',
      'reporting_rounds',
      'reports',
      'rollup_periods',
      'rollup_slots',
      'schema_functions',
      'schema_migrations',
      'sessions',
      'task_attachments',
    ]);
  });
});
