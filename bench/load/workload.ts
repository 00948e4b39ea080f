// What the load benchmark's users do: sign in as the demo accounts, find the demo's current 9-month
// round and each account's report in it, and build the requests of each case.
import http from 'node:http';
import { send, type NextRequest, type Request } from './http.js';

const password = 'danvan-demo';
/** The demo accounts, in the order the mixed workload's 50 users take them. */
export const accounts = [
  'phuong1.dv',
  'phuong2.dv',
  'phuong1.lanhdao',
  'thanhpho.lanhdao',
  'tinh.dv',
  'admin',
] as const;
/** The probe's account: not one the load uses, so nothing it waits for is its own. */
export const probeAccount = 'tinh.lanhdao';

/** Searches as officials type them: unaccented, accented, phrases, a symbol, a prefix. */
const searches = [
  'dân vận',
  'dan van',
  'kế hoạch',
  'ke hoach tuyen truyen',
  'báo cáo kết quả',
  'quy chế dân chủ',
  'hoa giai',
  'mặt trận',
  'KH/BDVTU',
  'chương trình phối hợp',
  'thông báo',
  'dan chu co so',
];

interface Session {
  username: string;
  cookie: string;
  scopeUnitId: number;
  /** The report this account opens: its own unit's in the round, else the round opener's (the city's). */
  reportId: number;
  /** A draft of its own it saves (the ward specialists'), with the figures it types. */
  draft?: { reportId: number; body: { values: { code: string; value: number }[] } };
}

export interface Workload {
  roundId: number;
  cityReportId: number;
  sessions: Map<string, Session>;
}

async function getJson<T>(baseUrl: string, agent: http.Agent, request: Request): Promise<T> {
  const response = await send(baseUrl, agent, request);
  if (response.status !== 200) throw new Error(`${request.method} ${request.path}: HTTP ${response.status}`);
  return JSON.parse(response.body) as T;
}

interface ViewRow {
  indicator: { code: string; computedKey: string | null; aggregation: string; partOf: string | null };
  own: { source?: string | null };
}

/** Signs every account in and finds what each one opens and saves. */
export async function prepare(baseUrl: string, roundTitle: string): Promise<Workload> {
  const agent = new http.Agent({ keepAlive: true });
  try {
    const sessions = new Map<string, Session>();
    const cookies = new Map<string, string>();
    for (const username of [...accounts, probeAccount]) {
      const login = await send(baseUrl, agent, {
        method: 'POST',
        path: '/api/auth/login',
        body: { username, password },
      });
      if (login.status !== 200) throw new Error(`sign-in as ${username}: HTTP ${login.status}`);
      cookies.set(username, login.cookies.map((c) => c.split(';')[0]).join('; '));
    }
    const leader = cookies.get('thanhpho.lanhdao') as string;
    const rounds = await getJson<{ id: number; title: string; openerUnitId: number }[]>(baseUrl, agent, {
      method: 'GET',
      path: '/api/rounds',
      cookie: leader,
    });
    const round = rounds.find((r) => r.title === roundTitle);
    if (!round) throw new Error(`the demo round "${roundTitle}" was not found`);
    const completeness = await getJson<{ rows: { reportId: number; unitId: number; status: string }[] }>(
      baseUrl,
      agent,
      { method: 'GET', path: `/api/rounds/${round.id}/completeness`, cookie: leader },
    );
    const reportOf = new Map(completeness.rows.map((row) => [row.unitId, row]));
    const cityReportId = (reportOf.get(round.openerUnitId) as { reportId: number }).reportId;
    for (const [username, cookie] of cookies) {
      const me = await getJson<{ user: { scopeUnitId: number; role: string } }>(baseUrl, agent, {
        method: 'GET',
        path: '/api/auth/me',
        cookie,
      });
      const own = reportOf.get(me.user.scopeUnitId);
      const session: Session = {
        username,
        cookie,
        scopeUnitId: me.user.scopeUnitId,
        reportId: own?.reportId ?? cityReportId,
      };
      if (own && own.status === 'draft' && me.user.role === 'specialist') {
        const view = await getJson<{ rows: ViewRow[] }>(baseUrl, agent, {
          method: 'GET',
          path: `/api/reports/${own.reportId}`,
          cookie,
        });
        // Hand-entered totals with no part-of rule, so the draft is a plain save of typed figures.
        const values = view.rows
          .filter(
            (r) =>
              r.indicator.computedKey === null &&
              r.indicator.aggregation === 'sum' &&
              r.indicator.partOf === null &&
              !r.own.source,
          )
          .slice(0, 6)
          .map((r, i) => ({ code: r.indicator.code, value: 3 + i }));
        session.draft = { reportId: own.reportId, body: { values } };
      }
      sessions.set(username, session);
    }
    return { roundId: round.id, cityReportId, sessions };
  } finally {
    agent.destroy();
  }
}

const sessionOf = (workload: Workload, connection: number): Session =>
  workload.sessions.get(accounts[connection % accounts.length]) as Session;
/** The accounts whose scope holds the city's report: its leader and the province's officials. */
const cityReaders = ['thanhpho.lanhdao', 'tinh.dv', 'admin'] as const;

/** The requests of each case; every connection is one signed-in user (the accounts taken in turn). */
export function cases(workload: Workload): Record<string, NextRequest> {
  const search = (connection: number, n: number) =>
    `/api/documents?q=${encodeURIComponent(searches[(connection + n) % searches.length])}&limit=20`;
  return {
    health: () => ({ method: 'GET', path: '/api/health', kind: 'health', expect: 200 }),
    units: (c) => ({
      method: 'GET',
      path: '/api/units',
      cookie: sessionOf(workload, c).cookie,
      kind: 'units',
      expect: 200,
    }),
    search: (c, n) => ({
      method: 'GET',
      path: search(c, n),
      cookie: sessionOf(workload, c).cookie,
      kind: 'search',
      expect: 200,
    }),
    // The city's consolidated report as its leaders and the province's officials open it.
    report: (c) => ({
      method: 'GET',
      path: `/api/reports/${workload.cityReportId}`,
      cookie: (workload.sessions.get(cityReaders[c % cityReaders.length]) as Session).cookie,
      kind: 'report',
      expect: 200,
    }),
    // Each user in turn: the units tree, a search, their report, then their draft saved (the ward
    // specialists) or the round's progress (the others, as the round's dashboard shows it).
    mixed: (c, n) => {
      const session = sessionOf(workload, c);
      const cookie = session.cookie;
      switch (n % 4) {
        case 0:
          return { method: 'GET', path: '/api/units', cookie, kind: 'units', expect: 200 };
        case 1:
          return { method: 'GET', path: search(c, n), cookie, kind: 'search', expect: 200 };
        case 2:
          return { method: 'GET', path: `/api/reports/${session.reportId}`, cookie, kind: 'report', expect: 200 };
        default:
          return session.draft
            ? {
                method: 'PUT',
                path: `/api/reports/${session.draft.reportId}`,
                cookie,
                body: session.draft.body,
                kind: 'save',
                expect: 200,
              }
            : {
                method: 'GET',
                path: `/api/rounds/${workload.roundId}/completeness`,
                cookie,
                kind: 'progress',
                expect: 200,
              };
      }
    },
  };
}
