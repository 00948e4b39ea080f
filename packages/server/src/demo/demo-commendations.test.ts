import type { CampaignDetail, CampaignSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/authorize.js';
import { actorFor } from '../modules/auth/index.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { seedDemoCommendations } from './demo-commendations.js';

// The demo's medal campaigns as the city sees them: last year's decided, this year's nominations
// passing, failing with the reason, and cannot-tell.
let t: TestApp;
let city: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoCommendations(t.db, (await actorFor(t.db, 'admin')) as Actor);
  city = await t.login('thanhpho.lanhdao');
});
afterAll(() => t.close());

const get = async <T>(url: string): Promise<T> => (await t.call({ method: 'GET', url, cookie: city })).json() as T;

describe('the demo commendations', () => {
  it('holds a decided campaign and one under way whose nominations pass, fail and cannot be told', async () => {
    const { items } = await get<{ items: CampaignSummary[] }>('/api/commendations/campaigns');
    expect(items.map((c) => c.status)).toEqual(['open', 'decided']);
    const [current, before] = await Promise.all(
      items.map((c) => get<CampaignDetail>(`/api/commendations/campaigns/${c.id}`)),
    );
    expect(before.decisions[0].recipients.map((r) => r.name)).toEqual(['Võ Thị Lan', 'Đặng Văn Sơn (truy tặng)']);
    const outcome = Object.fromEntries(current.nominations.map((n) => [n.nomineeName, n.checkOutcome]));
    expect(outcome).toEqual({
      'Nguyễn Thị Hạnh': 'met',
      'Trần Văn Hùng': 'not_met',
      'Lê Thị Thu': 'unknown',
      'Phạm Minh Tâm': 'met',
    });
    const hung = current.nominations.find((n) => n.nomineeName === 'Trần Văn Hùng');
    expect(hung?.check.criteria.map((c) => c.outcome)).toEqual(['not_met', 'met', 'met', 'not_met']);
    expect(hung?.check.criteria[0].reason).toMatch(/Chưa đủ thời gian công tác/);
    const tam = current.nominations.find((n) => n.nomineeName === 'Phạm Minh Tâm');
    expect(tam?.check.criteria[0].figures).toMatch(/giảm 5 năm do đã được tặng Huân chương Lao động hạng Ba/);
    expect(current.nominations.every((n) => n.ruleVersionName?.startsWith('Ví dụ minh họa'))).toBe(true);
    expect(current.abilities).toMatchObject({ decide: true });
  });
});
