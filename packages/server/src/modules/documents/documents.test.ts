import { foldVi, type DocumentSummary } from '@danvan/shared';
import { readFile } from 'node:fs/promises';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '../../db/scope.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { computedIndicators } from '../../reporting/indicator-providers.js';
import { settledAttachments } from '../../test/attachments.js';
import { textPdf } from '../../test/hostile-files.js';
import { fixtureDocuments, fixtureQueries } from './documents.fixture.js';

let t: TestApp;
const cookies: Record<string, string> = {};
let board: number;
let ward1: number;

function multipart(fileName: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = '----danvan-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function upload(cookie: string, id: number, fileName: string, content: Buffer) {
  const { body, contentType } = multipart(fileName, content);
  return t.app.inject({
    method: 'POST',
    url: `/api/documents/${id}/attachments`,
    headers: { cookie, 'content-type': contentType },
    payload: body,
  });
}

const search = async (cookie: string, params: string) => {
  const response = await t.call({ method: 'GET', url: `/api/documents?${params}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { total: number; items: DocumentSummary[] };
};

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'tinh.dv', 'phuong1.dv', 'phuong2.dv']) cookies[user] = await t.login(user);
  board = await t.unitId('AS-BDV');
  ward1 = await t.unitId('AS-SH-P1');
  for (const [index, doc] of fixtureDocuments.entries()) {
    const response = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['tinh.dv'],
      body: {
        unitId: board,
        type: doc.type,
        symbol: `${index + 1}-${doc.type}/BDVTU`,
        issuedOn: `2026-${String((index % 12) + 1).padStart(2, '0')}-10`,
        signer: 'Nguyễn Văn Bình',
        title: doc.title,
        summary: doc.summary,
        topics: doc.topics,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
  }
});
afterAll(() => t.close());

describe('search quality on a Vietnamese fixture', () => {
  for (const { query, mustFind, mustNotFind } of fixtureQueries) {
    it(`"${query}" finds what it should`, async () => {
      const { items } = await search(cookies['tinh.dv'], `q=${encodeURIComponent(query)}&limit=50`);
      const titles = items.map((item) => item.title);
      for (const title of mustFind) expect(titles, query).toContain(title);
      for (const title of mustNotFind ?? []) expect(titles, query).not.toContain(title);
    });
  }

  it('ranks, highlights the hits in a snippet and finds by number/symbol', async () => {
    const { items } = await search(cookies['tinh.dv'], 'q=giai%20phong%20mat%20bang');
    const hit = items.find((item) => item.summary.includes('bồi thường'));
    expect(hit?.snippet?.some((part) => part.hit)).toBe(true);
    const bySymbol = await search(cookies['tinh.dv'], `q=${encodeURIComponent('7-TB/BDVTU')}`);
    expect(bySymbol.items[0].symbol).toBe('7-TB/BDVTU');
  });

  it('ranks the phrase typed without accents first and says how each document matched', async () => {
    const fold = (text: string) => foldVi(text).replace(/[^a-z0-9]+/g, ' ');
    const { items } = await search(cookies['tinh.dv'], 'q=dan%20van&limit=100');
    const matches = items.map((item) => item.match);
    const phrases = items.filter((item) => item.match === 'phrase');
    // "dân vận" holds the phrase; "nhân dân … văn bản" only its syllables apart, after every phrase.
    expect(phrases.length).toBeGreaterThan(0);
    expect(matches).toContain('words');
    expect(matches.lastIndexOf('phrase')).toBeLessThan(matches.indexOf('words'));
    for (const item of items) {
      const text = fold(`${item.title} ${item.summary}`);
      expect(text.includes('dan van'), item.title).toBe(item.match === 'phrase');
    }
    const oneWord = await search(cookies['tinh.dv'], 'q=dan');
    expect(oneWord.items.every((item) => item.match === null)).toBe(true);
    const listed = await search(cookies['tinh.dv'], 'limit=5');
    expect(listed.items.every((item) => item.match === null)).toBe(true);
  });

  it('filters by type, topic, unit subtree and date range, and sorts', async () => {
    const plans = await search(cookies['tinh.dv'], 'type=KH&limit=100');
    expect(plans.total).toBe(fixtureDocuments.filter((d) => d.type === 'KH').length);
    const religion = await search(cookies['tinh.dv'], 'topic=religion&limit=100');
    expect(religion.items.length).toBeGreaterThan(0);
    expect(religion.items.every((item) => item.topics.includes('religion'))).toBe(true);
    const march = await search(cookies['tinh.dv'], 'from=2026-03-01&to=2026-03-31&sort=symbol&limit=100');
    expect(march.items.length).toBeGreaterThan(0);
    expect(march.items.every((item) => item.issuedOn === '2026-03-10')).toBe(true);
    const wardOnly = await search(cookies['tinh.dv'], `unitId=${ward1}`);
    expect(wardOnly.total).toBe(0);
    const oldest = await search(cookies['tinh.dv'], 'sort=issuedOn&limit=1');
    expect(oldest.items[0].issuedOn).toBe('2026-01-10');
    const bad = await t.call({ method: 'GET', url: '/api/documents?type=XX&from=hôm-qua', cookie: cookies['tinh.dv'] });
    expect(bad.statusCode).toBe(400);
  });
});

describe('register, edit and scope', () => {
  it('validates the number/symbol and keeps it unique per issuer, type and year', async () => {
    const base = {
      unitId: ward1,
      type: 'KH',
      issuedOn: '2026-05-04',
      signer: 'Lê Thị Hồng Nhung',
      title: 'Kế hoạch tuyên truyền',
      topics: [],
    };
    const wrongFormat = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['phuong1.dv'],
      body: { ...base, symbol: 'KH 12' },
    });
    expect(errorBody(wrongFormat).fields?.[0].path).toBe('body.symbol');
    const wrongType = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['phuong1.dv'],
      body: { ...base, symbol: '12-BC/ĐUP1' },
    });
    expect(errorBody(wrongType).fields?.[0]).toMatchObject({ path: 'body.symbol' });
    const created = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['phuong1.dv'],
      body: { ...base, symbol: '12-KH/ĐUP1' },
    });
    expect(created.statusCode).toBe(201);
    const duplicate = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['phuong1.dv'],
      body: { ...base, symbol: '12-KH/ĐUP1', title: 'Khác' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(errorBody(duplicate).fields?.[0].path).toBe('body.symbol');
    const nextYear = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['phuong1.dv'],
      body: { ...base, symbol: '12-KH/ĐUP1', issuedOn: '2027-01-05' },
    });
    expect(nextYear.statusCode).toBe(201);
  });

  it('stores the type part of a symbol as the catalogue writes it (12-tb → 12-TB, 3-ctr → 3-CTr)', async () => {
    const register = (type: string, symbol: string) =>
      t.call({
        method: 'POST',
        url: '/api/documents',
        cookie: cookies['phuong1.dv'],
        // A year no other test counts documents in.
        body: { unitId: ward1, type, symbol, issuedOn: '2019-05-06', signer: 'A', title: 'Chữ thường' },
      });
    const letter = await register('TB', ' 12-tb/ĐUP1 ');
    expect(letter.statusCode, letter.body).toBe(201);
    expect(letter.json().symbol).toBe('12-TB/ĐUP1');
    const programme = await register('CTr', '3-ctr/ĐUP1');
    expect(programme.json().symbol).toBe('3-CTr/ĐUP1');
    const decision = await register('QĐ', '4-qđ/ĐUP1');
    expect(decision.json().symbol).toBe('4-QĐ/ĐUP1');
    // The same document typed the other way is the same number/symbol.
    const again = await register('TB', '12-Tb/ĐUP1');
    expect(again.statusCode).toBe(409);
    const edited = await t.call({
      method: 'PUT',
      url: `/api/documents/${letter.json().id}`,
      cookie: cookies['phuong1.dv'],
      body: { unitId: ward1, type: 'TB', symbol: '12-tB/ĐUP1', issuedOn: '2019-05-06', signer: 'A', title: 'Sửa' },
    });
    expect(edited.json().symbol).toBe('12-TB/ĐUP1');
  });

  it('writes the type part of the symbols registered before as the catalogue does (migration 0021)', async () => {
    const id = (
      await t.call({
        method: 'POST',
        url: '/api/documents',
        cookie: cookies['phuong1.dv'],
        body: { unitId: ward1, type: 'CTr', symbol: '5-CTr/ĐUP1', issuedOn: '2019-06-01', signer: 'A', title: 'Cũ' },
      })
    ).json().id as number;
    await t.ownerQuery(`UPDATE documents SET symbol = '5-ctr/ĐUP1' WHERE id = $1`, [id]);
    const migration = await readFile(
      new URL('../../db/migrations/20261206_0021_document_symbol_type_case.sql', import.meta.url),
      'utf8',
    );
    await t.ownerQuery(migration);
    const [row] = await t.ownerQuery<{ symbol: string }>(`SELECT symbol FROM documents WHERE id = $1`, [id]);
    expect(row.symbol).toBe('5-CTr/ĐUP1');
  });

  it('keeps each branch to itself (404 outside, 403 for viewers) and records history', async () => {
    const outside = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['phuong2.dv'],
      body: { unitId: ward1, type: 'CV', symbol: '1-CV/ĐUP2', issuedOn: '2026-05-04', signer: 'A', title: 'B' },
    });
    expect(outside.statusCode).toBe(404);
    const ward1Documents = (await search(cookies['phuong1.dv'], 'limit=200')).items;
    expect(ward1Documents.length).toBeGreaterThan(0);
    expect(ward1Documents.every((item) => item.unitName !== 'Ban Dân vận Tỉnh ủy An Sơn')).toBe(true);
    const provinceDoc = (await search(cookies['tinh.dv'], `unitId=${board}&limit=1`)).items[0];
    expect(
      (await t.call({ method: 'GET', url: `/api/documents/${provinceDoc.id}`, cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(404);

    await t.call({
      method: 'POST',
      url: '/api/users',
      cookie: cookies.admin,
      body: {
        username: 'phuong1.xem',
        fullName: 'Người xem',
        password: 'mat-khau-xem-1',
        role: 'viewer',
        unitId: ward1,
      },
    });
    const viewer = await t.login('phuong1.xem', 'mat-khau-xem-1');
    const denied = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: viewer,
      body: { unitId: ward1, type: 'CV', symbol: '2-CV/ĐUP1', issuedOn: '2026-05-04', signer: 'A', title: 'B' },
    });
    expect(denied.statusCode).toBe(403);

    const edited = await t.call({
      method: 'PUT',
      url: `/api/documents/${provinceDoc.id}`,
      cookie: cookies['tinh.dv'],
      body: {
        unitId: board,
        type: provinceDoc.type,
        symbol: provinceDoc.symbol,
        issuedOn: provinceDoc.issuedOn,
        signer: 'Trần Thị Mai',
        title: provinceDoc.title,
        summary: provinceDoc.summary,
        topics: provinceDoc.topics,
      },
    });
    expect(edited.json().signer).toBe('Trần Thị Mai');
    const history = await t.call({
      method: 'GET',
      url: `/api/audit?entityType=document&limit=200`,
      cookie: cookies.admin,
    });
    expect(
      history
        .json()
        .items.some(
          (a: { action: string; entityId: string }) =>
            a.action === 'document.update' && a.entityId === String(provinceDoc.id),
        ),
    ).toBe(true);
  });
});

describe('attachments', () => {
  let docId: number;
  beforeAll(async () => {
    docId = (await search(cookies['tinh.dv'], `q=${encodeURIComponent('Ngày hội Đại đoàn kết')}`)).items[0].id;
  });

  it('accepts DOCX and PDF by content, indexes their text, and serves them only in scope', async () => {
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          { children: [new Paragraph('Phụ lục: danh sách 24 khu dân cư tổ chức hội thi ẩm thực truyền thống.')] },
        ],
      }),
    );
    const added = await upload(cookies['tinh.dv'], docId, 'Phụ lục ngày hội.docx', docx);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().attachments[0]).toMatchObject({
      fileName: 'Phụ lục ngày hội.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      textStatus: 'pending',
    });
    expect((await settledAttachments(t, cookies['tinh.dv'], docId))[0].textStatus).toBe('extracted');
    const found = await search(cookies['tinh.dv'], `q=${encodeURIComponent('am thuc truyen thong')}`);
    expect(found.items.map((i) => i.id)).toContain(docId);
    expect(
      found.items
        .find((i) => i.id === docId)
        ?.snippet?.filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(['ẩm', 'thực', 'truyền', 'thống']);

    const pdf = await upload(
      cookies['tinh.dv'],
      docId,
      'bien-ban.pdf',
      textPdf(['Bien ban hop Ban to chuc ngay hoi Khu pho Binh An']),
    );
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect((await settledAttachments(t, cookies['tinh.dv'], docId))[1]).toMatchObject({
      textStatus: 'extracted',
      textNote: null,
    });
    expect((await search(cookies['tinh.dv'], 'q=khu%20pho%20binh%20an')).items.map((i) => i.id)).toContain(docId);

    const attachmentId = pdf.json().attachments[1].id as number;
    const download = await t.call({
      method: 'GET',
      url: `/api/documents/${docId}/attachments/${attachmentId}`,
      cookie: cookies['tinh.dv'],
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (
        await t.call({
          method: 'GET',
          url: `/api/documents/${docId}/attachments/${attachmentId}`,
          cookie: cookies['phuong1.dv'],
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses files that are not what they claim, empty files, and out-of-scope uploads', async () => {
    const fake = await upload(cookies['tinh.dv'], docId, 'virus.pdf', Buffer.from('MZ\x90\x00 not a pdf at all'));
    expect(fake.statusCode).toBe(415);
    expect(errorBody(fake).fields?.[0].path).toBe('file');
    const zipNotDocx = await upload(cookies['tinh.dv'], docId, 'x.docx', Buffer.from('PK\u0003\u0004garbage'));
    expect(zipNotDocx.statusCode).toBe(415);
    expect((await upload(cookies['tinh.dv'], docId, 'empty.pdf', Buffer.alloc(0))).statusCode).toBe(400);
    expect((await upload(cookies['phuong1.dv'], docId, 'a.pdf', textPdf(['x']))).statusCode).toBe(404);
    const noMultipart = await t.call({
      method: 'POST',
      url: `/api/documents/${docId}/attachments`,
      cookie: cookies['tinh.dv'],
      body: { file: 'x' },
    });
    expect(noMultipart.statusCode).toBe(415);
  });
});

describe('Excel export and report indicators', () => {
  it('exports the filtered list with dates and neutralised formulas', async () => {
    await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['tinh.dv'],
      body: {
        unitId: board,
        type: 'CV',
        symbol: '900-CV/BDVTU',
        issuedOn: '2026-11-02',
        signer: 'Nguyễn Văn Bình',
        title: '=HYPERLINK("http://x","bấm vào")',
      },
    });
    const response = await t.call({
      method: 'GET',
      url: '/api/documents/export.xlsx?type=CV',
      cookie: cookies['tinh.dv'],
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Văn bản');
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    expect(rows[1].slice(1, 5)).toEqual(['TT', 'Số, ký hiệu', 'Loại văn bản', 'Ngày ban hành']);
    const formulaRow = rows.find((row) => String(row[2]) === '900-CV/BDVTU');
    expect(formulaRow?.[5]).toBe(`'=HYPERLINK("http://x","bấm vào")`);
    expect(formulaRow?.[4]).toBeInstanceOf(Date);
    expect(rows.length - 2).toBe(fixtureDocuments.filter((d) => d.type === 'CV').length + 1);
  });

  it('counts documents by type in a unit subtree and period for the report', async () => {
    const province = (await t.ownerQuery<{ path: string }>(`SELECT path::text FROM units WHERE code = 'AS'`))[0].path;
    const count = (key: string, from: string, to: string) =>
      inScope(
        t.db,
        province,
        async (sql) =>
          (
            await computedIndicators
              .get(key)
              ?.compute(sql, { unitPath: province, excludedPaths: [], periodStart: from, periodEnd: to })
          )?.value,
      );
    expect(await count('documents.type.KH', '2026-01-01', '2026-12-31')).toBe(
      fixtureDocuments.filter((d) => d.type === 'KH').length + 1,
    );
    expect(await count('documents.all', '2026-01-01', '2026-01-31')).toBe(
      fixtureDocuments.filter((_, i) => i % 12 === 0).length,
    );
  });
});
