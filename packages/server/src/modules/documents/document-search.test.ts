import type { DocumentList } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '../../db/scope.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

// search_document_page() runs as the owner, past row-level security, and applies the caller's scope
// itself: these tests hold it to never return an id the scope does not show, on every path it takes.

let t: TestApp;
const cookies: Record<string, string> = {};
const docs = { ward1: [] as number[], ward2: [] as number[], province: [] as number[], root: [] as number[] };
const path: Record<string, string> = {};
let ward1: number;
let ward2: number;

const search = async (cookie: string, params: string) => {
  const response = await t.call({ method: 'GET', url: `/api/documents?${params}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as DocumentList;
};

async function register(
  cookie: string,
  unitId: number,
  symbol: string,
  title: string,
  issuedOn: string,
): Promise<number> {
  const response = await t.call({
    method: 'POST',
    url: '/api/documents',
    cookie,
    body: {
      unitId,
      type: symbol.split('-')[1].split('/')[0],
      symbol,
      issuedOn,
      signer: 'Trần Văn Đức',
      title,
      summary: 'Đối thoại với nhân dân về giải phóng mặt bằng.',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: number }).id;
}

interface PageArgs {
  terms?: string[];
  type?: string;
  unitId?: number;
  sort?: string;
  limit?: number;
  offset?: number;
  cap?: number;
  rankPool?: number;
}

/** Calls the function as the application role with `scope` set, as listDocuments does. */
function page(scope: string | null, args: PageArgs) {
  return inScope(
    t.db,
    scope ?? '',
    async (sql) =>
      (
        await sql.query<{ ids: number[]; total: number; capped: boolean }>(
          `SELECT ids, total, capped FROM search_document_page($1::text[], $2, NULL, $3, NULL, NULL, $4, $5, $6, $7, $8)`,
          [
            args.terms ?? [],
            args.type ?? null,
            args.unitId ?? null,
            args.sort ?? 'relevance',
            args.limit ?? 200,
            args.offset ?? 0,
            args.cap ?? 1000,
            args.rankPool ?? 200,
          ],
        )
      ).rows[0],
  );
}

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'tinh.dv', 'phuong1.dv', 'phuong2.dv']) cookies[user] = await t.login(user);
  ward1 = await t.unitId('AS-SH-P1');
  ward2 = await t.unitId('AS-SH-P2');
  const board = await t.unitId('AS-BDV');
  for (const code of ['AS-SH-P1', 'AS-SH-P2', 'AS', 'AS-BDV']) {
    path[code] = (
      await t.ownerQuery<{ path: string }>('SELECT path::text AS path FROM units WHERE code = $1', [code])
    )[0].path;
  }
  // The same words in every branch, so a leak would show as a hit from the wrong one.
  for (let i = 1; i <= 6; i++) {
    const day = `2026-0${(i % 9) + 1}-1${i % 10}`;
    docs.ward1.push(
      await register(cookies['phuong1.dv'], ward1, `${i}-KH/ĐUP1`, `Kế hoạch đối thoại khu phố ${i} phường Một`, day),
    );
    docs.ward2.push(
      await register(cookies['phuong2.dv'], ward2, `${i}-KH/ĐUP2`, `Kế hoạch đối thoại khu phố ${i} phường Hai`, day),
    );
    docs.province.push(
      await register(cookies['tinh.dv'], board, `${i}-KH/BDVTU`, `Kế hoạch đối thoại cấp tỉnh số ${i}`, day),
    );
  }
  const root = (await t.ownerQuery<{ id: number }>(`SELECT id FROM units WHERE path = 'vn'`))[0].id;
  docs.root.push(await register(cookies.admin, root, '1-CV/TW', 'Công văn đối thoại toàn quốc', '2026-03-03'));
  // Planner statistics: the function reads them to pick reading in date order for common syllables.
  await t.ownerQuery('ANALYZE documents');
});
afterAll(() => t.close());

describe('search_document_page keeps to the caller’s scope', () => {
  const cases: [string, PageArgs][] = [
    ['no text, newest first', { sort: '-issuedOn' }],
    ['no text, by symbol', { sort: 'symbol' }],
    ['a common syllable, ranked', { terms: ['doi', 'thoai'] }],
    ['a prefix', { terms: ['ke', 'hoa'] }],
    ['a typo corrected by the vocabulary', { terms: ['doi', 'thaoi'] }],
    ['read in date order (small count cap)', { terms: ['doi', 'thoai'], cap: 3, limit: 2 }],
    ['a type filter, oldest first', { terms: ['ke', 'hoach'], type: 'KH', sort: 'issuedOn' }],
  ];

  it.each(cases)('%s: a ward sees its own documents only, the province both wards and its own', async (_name, args) => {
    for (const [scope, own] of [
      [path['AS-SH-P1'], docs.ward1],
      [path['AS-SH-P2'], docs.ward2],
      [path.AS, [...docs.ward1, ...docs.ward2, ...docs.province]],
    ] as const) {
      const visible = new Set<number>(own);
      const result = await page(scope, args);
      expect(result.ids.length, `${scope} finds something`).toBeGreaterThan(0);
      for (const id of result.ids) expect(visible.has(id), `id ${id} in scope ${scope}`).toBe(true);
      if (args.cap) {
        expect(result).toMatchObject({ total: args.cap, capped: true });
      } else {
        expect(new Set(result.ids)).toEqual(new Set(own));
        expect(result).toMatchObject({ total: own.length, capped: false });
      }
    }
  });

  it('never shows the root’s document to the province, even when the scope holds every other unit', async () => {
    const province = await page(path.AS, { terms: ['doi', 'thoai'] });
    expect(province.ids).not.toContain(docs.root[0]);
    const national = await page('vn', { terms: ['doi', 'thoai'] });
    expect(national.ids).toContain(docs.root[0]);
    // The whole tree with a small cap: common syllables, so the newest documents are read in date order.
    const everyone = new Set([...docs.ward1, ...docs.ward2, ...docs.province, ...docs.root]);
    const walked = await page('vn', { terms: ['doi', 'thoai'], sort: '-issuedOn', cap: 3, limit: 2 });
    expect(walked).toMatchObject({ total: 3, capped: true });
    const newest = await page('vn', { terms: ['doi', 'thoai'], sort: '-issuedOn' });
    expect(walked.ids).toEqual(newest.ids.slice(0, 2));
    for (const id of walked.ids) expect(everyone.has(id)).toBe(true);
  });

  it('finds nothing without a scope, and nothing in a filter unit outside the scope', async () => {
    expect(await page(null, { terms: ['doi', 'thoai'] })).toEqual({ ids: [], total: 0, capped: false });
    expect(await page(path['AS-SH-P1'], { terms: ['doi', 'thoai'], unitId: ward2 })).toEqual({
      ids: [],
      total: 0,
      capped: false,
    });
    const narrowed = await page(path.AS, { terms: ['doi', 'thoai'], unitId: ward2 });
    expect(new Set(narrowed.ids)).toEqual(new Set(docs.ward2));
  });

  it('reads in date order within a filter unit’s subtree the same newest matches the index finds', async () => {
    const newest = await page(path.AS, { terms: ['doi', 'thoai'], unitId: ward2, sort: '-issuedOn' });
    expect(newest).toMatchObject({ total: docs.ward2.length, capped: false });
    const walked = await page(path.AS, { terms: ['doi', 'thoai'], unitId: ward2, sort: '-issuedOn', cap: 3, limit: 2 });
    expect(walked).toMatchObject({ total: 3, capped: true });
    expect(walked.ids).toEqual(newest.ids.slice(0, 2));
  });

  it('counts up to the cap, says when there are more, and pages within the pool', async () => {
    const capped = await page(path.AS, { terms: ['doi', 'thoai'], cap: 3, limit: 2, offset: 0 });
    expect(capped).toMatchObject({ total: 3, capped: true });
    expect(capped.ids).toHaveLength(2);
    const all = await page(path.AS, { terms: ['doi', 'thoai'], sort: '-issuedOn' });
    expect(all).toMatchObject({ total: 18, capped: false });
    const second = await page(path.AS, { terms: ['doi', 'thoai'], sort: '-issuedOn', limit: 5, offset: 5 });
    expect(second.ids).toEqual(all.ids.slice(5, 10));
  });
});

describe('the register through the API', () => {
  it('answers with the count and whether it was capped, the same for every branch', async () => {
    const ward = await search(cookies['phuong1.dv'], 'q=doi%20thoai&limit=50');
    expect(ward).toMatchObject({ total: docs.ward1.length, totalCapped: false });
    expect(ward.items.map((item) => item.id).sort()).toEqual([...docs.ward1].sort());
    const other = await search(cookies['phuong2.dv'], 'q=doi%20thoai&limit=50');
    expect(other.items.length).toBeGreaterThan(0);
    expect(other.items.every((item) => docs.ward2.includes(item.id))).toBe(true);
  });

  it('sorts newest first without a query, best match first with one, and keeps an order asked for', async () => {
    const newest = await search(cookies['tinh.dv'], 'limit=200');
    const dates = newest.items.map((item) => item.issuedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const best = await search(cookies['tinh.dv'], `q=${encodeURIComponent('5-KH/BDVTU')}`);
    expect(best.items[0].symbol).toBe('5-KH/BDVTU');
    const asked = await search(cookies['tinh.dv'], 'q=doi%20thoai&sort=-issuedOn&limit=200');
    const askedDates = asked.items.map((item) => item.issuedOn);
    expect(askedDates).toEqual([...askedDates].sort().reverse());
  });

  it('learns the words of an edited document, so a typo of a new word still finds it', async () => {
    const id = docs.ward1[0];
    const current = (
      await t.call({ method: 'GET', url: `/api/documents/${id}`, cookie: cookies['phuong1.dv'] })
    ).json();
    const edited = await t.call({
      method: 'PUT',
      url: `/api/documents/${id}`,
      cookie: cookies['phuong1.dv'],
      body: {
        unitId: ward1,
        type: current.type,
        symbol: current.symbol,
        issuedOn: current.issuedOn,
        signer: current.signer,
        title: 'Kế hoạch vận động hội Khuyến học',
        summary: current.summary,
        topics: [],
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const found = await search(cookies['phuong1.dv'], 'q=khuyne%20hoc');
    expect(found.items.map((item) => item.id)).toEqual([id]);
    // The snippet marks the word the typo was corrected to.
    expect(found.items[0].snippet?.filter((part) => part.hit).map((part) => part.text)).toEqual(['Khuyến', 'học']);
    const elsewhere = await search(cookies['phuong2.dv'], 'q=khuyne%20hoc');
    expect(elsewhere).toMatchObject({ total: 0, items: [] });
  });
});
