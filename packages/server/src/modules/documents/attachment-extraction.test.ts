import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocumentAttachment, DocumentList } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig, type ExtractionConfig } from '../../config.js';
import { settledAttachments, uploadAttachment } from '../../test/attachments.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { docxBomb, heavyContentPdf, manyPagesPdf, textPdf } from '../../test/hostile-files.js';

// Small caps, so that hostile files reach them in seconds; time enough for the rest on a busy test machine
// (the content-stream bomb reaches the memory limit first, or else the time limit).
const extraction: ExtractionConfig = { workers: 1, timeoutMs: 30_000, memoryMb: 128, maxPages: 100, maxChars: 20_000 };
/**
 * What "answers as usual" means while a worst-case file is read: no slower than the slowest of the
 * same requests just before the upload, plus this. The old stall was tens of seconds; a busy test
 * machine makes any request slow now and then, with or without an extraction.
 */
const RESPONSIVE_MS = 500;

let t: TestApp;
let dataDir: string;
const cookies: Record<string, string> = {};
let wardDoc: number;
let baseUrl: string;

async function wardDocument(title: string, number: number): Promise<number> {
  const created = await t.call({
    method: 'POST',
    url: '/api/documents',
    cookie: cookies['phuong1.dv'],
    body: {
      unitId: await t.unitId('AS-SH-P1'),
      type: 'KH',
      symbol: `${number}-KH/DVP1`,
      issuedOn: '2026-11-20',
      signer: 'Lê Thị Hoa',
      title,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: number }>().id;
}

interface Latency {
  health: number;
  list: number;
  samples: number;
}

async function timed(url: string, cookie?: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${url}`, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  await response.arrayBuffer();
  return performance.now() - started;
}

/** Health, and another user's search, over HTTP as a monitor and a browser send them, once each. */
async function timeOthers(slowest: Latency): Promise<void> {
  slowest.health = Math.max(slowest.health, await timed('/api/health'));
  slowest.list = Math.max(slowest.list, await timed('/api/documents?q=ke%20hoach', cookies['phuong2.dv']));
  slowest.samples++;
}

/** The slowest of five rounds before an upload (the first, which plans the search's statements, not counted). */
async function usualLatency(): Promise<Latency> {
  await timeOthers({ health: 0, list: 0, samples: 0 });
  const slowest = { health: 0, list: 0, samples: 0 };
  for (let round = 0; round < 5; round++) await timeOthers(slowest);
  return slowest;
}

/** Times the others, round after round, until the document's attachments are settled. */
async function timeOthersUntilSettled(documentId: number) {
  const slowest = { health: 0, list: 0, samples: 0 };
  const deadline = Date.now() + extraction.timeoutMs + 10_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error('extraction did not settle');
    const response = await fetch(`${baseUrl}/api/documents/${documentId}`, {
      headers: { cookie: cookies['phuong1.dv'] },
    });
    const { attachments } = (await response.json()) as { attachments: DocumentAttachment[] };
    if (!attachments.some((a) => a.textStatus === 'pending')) return { slowest, attachments };
    await timeOthers(slowest);
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'danvan-extraction-'));
  t = await createTestApp({ dataDir, extraction });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  for (const user of ['phuong1.dv', 'phuong2.dv', 'tinh.dv']) cookies[user] = await t.login(user);
  wardDoc = await wardDocument('Kế hoạch tổ chức hội nghị đối thoại với Nhân dân', 71);
});

afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('text extraction off the request path', () => {
  it('answers the upload at once and keeps serving others while 15,000 pages are read; stops at the page cap', async () => {
    const pdf = manyPagesPdf(15_000, 'Bien ban kiem phieu lan thu nhat');
    const usual = await usualLatency();
    const started = performance.now();
    const added = await uploadAttachment(t, cookies['phuong1.dv'], wardDoc, 'so-lieu.pdf', pdf);
    expect(added.statusCode, added.body).toBe(201);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(added.json().attachments[0]).toMatchObject({ textStatus: 'pending', textNote: null });

    const { slowest, attachments } = await timeOthersUntilSettled(wardDoc);
    expect(slowest.samples).toBeGreaterThan(0);
    expect(slowest.health).toBeLessThan(usual.health + RESPONSIVE_MS);
    expect(slowest.list).toBeLessThan(usual.list + RESPONSIVE_MS);
    expect(attachments[0]).toMatchObject({
      textStatus: 'partial',
      textNote: { reason: 'pages', limit: extraction.maxPages, pages: 15_000 },
    });

    // The first pages' text is searchable, and the whole file is kept as uploaded.
    const found = await t.call({
      method: 'GET',
      url: '/api/documents?q=kiem%20phieu%20lan%20thu%20nhat',
      cookie: cookies['phuong1.dv'],
    });
    expect(found.json<DocumentList>().items.map((d) => d.id)).toContain(wardDoc);
    const download = await t.call({
      method: 'GET',
      url: `/api/documents/${wardDoc}/attachments/${attachments[0].id}`,
      cookie: cookies['phuong1.dv'],
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('stops a file that costs more than its time or memory, keeps it, and marks it failed', async () => {
    const docId = await wardDocument('Báo cáo kết quả thực hiện quy chế dân chủ', 72);
    const pdf = heavyContentPdf(6_000_000);
    expect(pdf.length).toBeLessThan(5 * 1024 * 1024);
    const usual = await usualLatency();
    const added = await uploadAttachment(t, cookies['phuong1.dv'], docId, 'bao-cao.pdf', pdf);
    expect(added.statusCode, added.body).toBe(201);

    const started = performance.now();
    const { slowest, attachments } = await timeOthersUntilSettled(docId);
    const elapsed = performance.now() - started;
    expect(slowest.health).toBeLessThan(usual.health + RESPONSIVE_MS);
    expect(slowest.list).toBeLessThan(usual.list + RESPONSIVE_MS);
    expect(attachments[0].textStatus).toBe('failed');
    const note = attachments[0].textNote;
    expect(['timeout', 'memory']).toContain(note?.reason);
    expect(note?.limit).toBe(note?.reason === 'timeout' ? extraction.timeoutMs : extraction.memoryMb);
    // Stopped at its limit, not left to run.
    expect(elapsed).toBeLessThan(extraction.timeoutMs + 3000);

    const download = await t.call({
      method: 'GET',
      url: `/api/documents/${docId}/attachments/${attachments[0].id}`,
      cookie: cookies['phuong1.dv'],
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('caps a DOCX whose body inflates to 100 MB', async () => {
    const docId = await wardDocument('Phụ lục danh sách hộ gia đình', 73);
    const bomb = await docxBomb(100);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const added = await uploadAttachment(t, cookies['phuong1.dv'], docId, 'phu-luc.docx', bomb);
    expect(added.statusCode, added.body).toBe(201);
    const [attachment] = await settledAttachments(t, cookies['phuong1.dv'], docId);
    expect(attachment).toMatchObject({
      textStatus: 'partial',
      textNote: { reason: 'chars', limit: extraction.maxChars, pages: null },
    });
    const [{ length }] = await t.ownerQuery<{ length: number }>(
      'SELECT length(text_content) FROM document_attachments WHERE id = $1',
      [attachment.id],
    );
    expect(length).toBe(extraction.maxChars);
  });

  it('marks a file that is not what it seems as unreadable, and one without text as having none', async () => {
    const docId = await wardDocument('Biên bản họp tổ dân phố', 74);
    const broken = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x41)]);
    expect((await uploadAttachment(t, cookies['phuong1.dv'], docId, 'hong.pdf', broken)).statusCode).toBe(201);
    expect((await uploadAttachment(t, cookies['phuong1.dv'], docId, 'scan.pdf', textPdf(['']))).statusCode).toBe(201);
    const attachments = await settledAttachments(t, cookies['phuong1.dv'], docId);
    expect(attachments.map((a) => [a.textStatus, a.textNote?.reason ?? null])).toEqual([
      ['failed', 'unreadable'],
      ['none', null],
    ]);
  });
});

describe('the queue is durable', () => {
  it('picks up at start what a stopped process left pending, and gives up on a file that keeps failing', async () => {
    const docId = await wardDocument('Kế hoạch tuyên truyền bầu cử', 75);
    const added = await uploadAttachment(
      t,
      cookies['phuong1.dv'],
      docId,
      'ke-hoach.pdf',
      textPdf(['Lich tiep xuc cu tri tai nha van hoa']),
    );
    expect(added.statusCode).toBe(201);
    const pendingId = added.json<{ attachments: DocumentAttachment[] }>().attachments[0].id;
    // Stopped at once: the extraction just started is given back, not counted as an attempt.
    await t.app.close();
    // A process killed after three tries on one file: its lease ran out.
    const [{ id: crashingId }] = await t.ownerQuery<{ id: number }>(
      `INSERT INTO document_attachments (document_id, file_name, mime, size, sha256, text_attempts, text_claimed_until)
       SELECT document_id, 'lap-lai.pdf', mime, size, sha256, 3, now() - interval '1 second'
         FROM document_attachments WHERE id = $1 RETURNING id`,
      [pendingId],
    );
    const statuses = () =>
      t.ownerQuery<{ id: number; text_status: string; text_reason: string | null; text_attempts: number }>(
        'SELECT id, text_status, text_reason, text_attempts FROM document_attachments WHERE id = ANY($1) ORDER BY id',
        [[pendingId, crashingId]],
      );
    expect((await statuses()).map((a) => a.text_status)).toEqual(['pending', 'pending']);

    const restarted = await buildApp({ db: t.db, config: { ...loadConfig(), dataDir, extraction } });
    await restarted.ready();
    try {
      const deadline = Date.now() + 30_000;
      while ((await statuses()).some((a) => a.text_status === 'pending') && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await statuses()).toEqual([
        { id: pendingId, text_status: 'extracted', text_reason: null, text_attempts: 1 },
        { id: crashingId, text_status: 'failed', text_reason: 'attempts', text_attempts: 4 },
      ]);
      const found = await restarted.inject({
        method: 'GET',
        url: '/api/documents?q=tiep%20xuc%20cu%20tri',
        headers: { cookie: cookies['phuong1.dv'] },
      });
      expect(found.json<DocumentList>().items.map((d) => d.id)).toContain(docId);
    } finally {
      await restarted.close();
    }
  });
});
