import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badRequest, fingerprint, operationsOf, type FuzzRequest, type Operation } from '../test/fuzz.js';
import { createTestApp, type TestApp } from '../test/harness.js';

// Bad input, everywhere: every route of the OpenAPI document gets generated bad requests (seeded,
// so a failure replays), signed in as an administrator and as a ward specialist. No answer is a
// 5xx, every refusal is in the app's shape and names the field at fault, a malformed path id is
// never taken for an id, and a refused request writes nothing.

const SEED = 20261206;
const REQUESTS_PER_ACCOUNT = 1500;
// Ending the session would leave the rest of the run signed out.
const skipped = new Set(['POST /api/auth/logout']);
// A refused sign-in is recorded in the audit trail on purpose.
const auditedWhenRefused = new Set(['POST /api/auth/login']);
// Refusals that say which input was wrong.
const fieldStatuses = new Set([400, 413, 414, 415]);

let t: TestApp;
let dataDir: string;
let operations: Operation[];
const sessions: Record<string, string> = {};
let ids: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'danvan-fuzz-'));
  t = await createTestApp({ dataDir });
  for (const user of ['admin', 'phuong1.dv']) sessions[user] = await t.login(user);
  operations = operationsOf(t.app.swagger()).filter((o) => !skipped.has(`${o.method} ${o.path}`));
  // Real ids where a route needs one beside the param under attack, so requests get past lookups.
  const ward = String(await t.unitId('AS-SH-P1'));
  ids = { id: ward, unitId: ward, year: '2026', code: 'X', jobId: '00000000-0000-4000-8000-000000000000' };
});

afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

interface ErrorShape {
  error?: {
    code?: unknown;
    message?: { vi?: unknown; en?: unknown };
    fields?: { path?: unknown; vi?: unknown; en?: unknown }[];
  };
}

/** What is wrong with an answer to a bad request, or null. */
function problemWith(request: FuzzRequest, status: number, body: string): string | null {
  if (status >= 500) return `${status}`;
  if (request.malformedParam && status < 400) return `took ${request.malformedParam.value} as an id (${status})`;
  if (status < 400) return null;
  let parsed: ErrorShape;
  try {
    parsed = JSON.parse(body) as ErrorShape;
  } catch {
    return `${status} not JSON`;
  }
  const error = parsed.error;
  if (typeof error?.code !== 'string' || typeof error.message?.vi !== 'string' || typeof error.message.en !== 'string')
    return `${status} not the app's error shape`;
  const fields = error.fields ?? [];
  if (fields.some((f) => typeof f.path !== 'string' || !f.path || typeof f.vi !== 'string' || typeof f.en !== 'string'))
    return `${status} a field without path or message`;
  if (fieldStatuses.has(status) && fields.length === 0) return `${status} without the field at fault`;
  // A badly %-encoded URL is refused by the router before params are split: it names `params`.
  const paramPaths = request.malformedParam ? [`params.${request.malformedParam.name}`, 'params'] : [];
  if (request.malformedParam && status === 400 && !fields.some((f) => paramPaths.includes(f.path as string)))
    return `400 not at params.${request.malformedParam.name}`;
  return null;
}

describe('every route, fed bad input', () => {
  it.each(['admin', 'phuong1.dv'])(
    'never answers 5xx, refuses in the app shape at the field, and writes nothing when it refuses (%s)',
    async (user) => {
      const requests = fc.sample(
        fc.constantFrom(...operations).chain((o) => badRequest(o, ids)),
        {
          seed: SEED + user.length,
          numRuns: REQUESTS_PER_ACCOUNT,
        },
      );
      const problems: string[] = [];
      let before = await fingerprint(t);
      for (const request of requests) {
        const response = await t.app.inject({
          method: request.method as 'GET',
          url: request.url,
          headers: { ...request.headers, cookie: sessions[user] },
          payload: request.payload,
        });
        const problem = problemWith(request, response.statusCode, response.body);
        const where = `${request.method} ${request.url.slice(0, 120)} [${request.fault}]`;
        if (problem) problems.push(`${where}: ${problem} ${response.body.slice(0, 300)}`);
        // Any answer may have written (an export is audited): only a refusal must leave all as it was.
        const after = await fingerprint(t);
        if (response.statusCode >= 400 && after !== before && !auditedWhenRefused.has(request.operation))
          problems.push(`${where}: refused (${response.statusCode}) but wrote: ${before} -> ${after}`);
        before = after;
      }
      expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
    },
  );
});
