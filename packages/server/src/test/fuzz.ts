// Bad requests for the fuzz test (http/fuzz.test.ts), generated with fast-check from the app's own
// OpenAPI document, and the database fingerprint that proves a rejected request wrote nothing.
import fc from 'fast-check';
import type { TestApp } from './harness.js';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  format?: string;
  nullable?: boolean;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; schema: JsonSchema }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
}

/** One route of the OpenAPI document, with what its schemas say it takes. */
export interface Operation {
  method: string;
  /** The path as the document writes it: `/api/units/{id}`. */
  path: string;
  /** Path params, and whether each is an id (an integer in the schema) or text such as a code. */
  pathParams: { name: string; isId: boolean }[];
  query: { name: string; schema: JsonSchema }[];
  body?: JsonSchema;
}

export function operationsOf(document: unknown): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries((document as OpenApiDocument).paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = operation.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters
          .filter((p) => p.in === 'path')
          .map((p) => ({ name: p.name, isId: p.schema.type === 'integer' })),
        query: parameters.filter((p) => p.in === 'query').map(({ name, schema }) => ({ name, schema })),
        body: operation.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return operations;
}

/** A value the schema would take, for the parts of a body the fuzzer leaves alone. */
export function plausible(schema: JsonSchema): unknown {
  if (schema.enum) return schema.enum[0];
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (variant) return plausible(variant);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, plausible(s)]));
    case 'array':
      return schema.items ? [plausible(schema.items)] : [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'string':
      return schema.format === 'date' ? '2026-03-02' : 'Phường 1';
    default:
      return null;
  }
}

/** Path ids the router must refuse; before the fix `0x10`, ` 1` and `1e1` reached real units. */
export const malformedIds = [
  '0x10',
  '%201',
  '1%20',
  '1e1',
  '-1',
  '0',
  '+1',
  '01',
  '1.0',
  '2147483648',
  '99999999999999999999999999',
  'abc',
  '%00',
  '1%00',
  '%E2%80%AE1',
  '%D9%A1',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '%E0%A4%A',
  'Infinity',
  'NaN',
  'null',
  '[1]',
];

const hugeText = 'Đ'.repeat(120_000);

/** A value of the wrong kind, or text a database must never see. */
export const badValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1.5,
    2_147_483_648,
    1e308,
    '',
    ' 1',
    '0x10',
    '1e1',
    'ab\u0000cd',
    '\u0000',
    'lone \ud800 high',
    'lone \udc00 low',
    '\u202efdp.exe',
    hugeText,
    [],
    [null],
    {},
    { nested: { deeper: ['\u0000'] } },
    '9999-99-99',
    '2026-02-30',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

/** A query value (text in the URL). */
export const badQueryValue = fc.oneof(
  fc.constantFrom(...malformedIds, '', '%00', 'a'.repeat(5000), 'true%00', '2026-13-01'),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
);

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** What was made wrong, to name it in a failure. */
  fault: string;
  /** The route as the document names it: `POST /api/units/{id}/move`. */
  operation: string;
  /** The path param given a malformed id, if any: it must be refused, whatever else is wrong. */
  malformedParam?: { name: string; value: string };
}

const jsonType = { 'content-type': 'application/json' };

const mutation = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('value' as const), value: badValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('missing' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extra' as const), value: badValue }) },
);

/** Whole bodies that are wrong before any field is looked at. */
const badBody = fc.constantFrom<[string, string | Buffer, Record<string, string>]>(
  ['malformed JSON', '{"name": "Phường 1",', jsonType],
  ['JSON with a trailing comma', '{"a": 1,}', jsonType],
  ['a bare string', '"Phường 1"', jsonType],
  ['a bare number', '12', jsonType],
  ['null', 'null', jsonType],
  ['an array', '[{"id": 1}]', jsonType],
  ['an empty JSON body', '', jsonType],
  ['a prototype pollution attempt', '{"__proto__": {"admin": true}}', jsonType],
  ['a constructor pollution attempt', '{"constructor": {"prototype": {"admin": true}}}', jsonType],
  ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, jsonType],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), jsonType],
  ['text/plain', 'name=Phường 1', { 'content-type': 'text/plain' }],
  ['a form', 'name=a&parentId=0x10', { 'content-type': 'application/x-www-form-urlencoded' }],
  ['XML', '<unit><id>1</id></unit>', { 'content-type': 'application/xml' }],
  ['JSON in Latin-1', '{"a":1}', { 'content-type': 'application/json; charset=latin1' }],
  ['no content type', '{"a":1}', {}],
  ['a broken content type', '{"a":1}', { 'content-type': ';;;' }],
  ['multipart without a boundary', 'garbage', { 'content-type': 'multipart/form-data' }],
  [
    'multipart cut short',
    '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
    { 'content-type': 'multipart/form-data; boundary=b' },
  ],
  ['a body over the limit', `{"a":"${'x'.repeat(1_100_000)}"}`, jsonType],
);

function setAt(target: unknown, path: string[], apply: (parent: Record<string, unknown>, key: string) => void) {
  let node = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  apply(node, path[path.length - 1]);
}

/** Every path of a plausible body down to its leaves (`entries.0.itemId`). */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return prefix.length ? [prefix] : [];
  const keys = Object.keys(value);
  if (keys.length === 0) return prefix.length ? [prefix] : [];
  const paths = keys.flatMap((key) => leafPaths((value as Record<string, unknown>)[key], [...prefix, key]));
  return prefix.length ? [prefix, ...paths] : paths;
}

/** A bad request to the operation: a malformed path id, bad query values, or a bad body. */
export function badRequest(operation: Operation, ids: Record<string, string>): fc.Arbitrary<FuzzRequest> {
  const validParam = (name: string) => ids[name] ?? ids.id;
  const fill = (values: Record<string, string>) =>
    operation.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? validParam(name));
  const withQuery = (path: string, query: [string, string][]) =>
    query.length ? `${path}?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : path;
  const plain: Record<string, string> = operation.body ? jsonType : {};
  const plainBody = operation.body ? JSON.stringify(plausible(operation.body)) : undefined;
  const choices: fc.Arbitrary<Omit<FuzzRequest, 'operation'>>[] = [];

  const idParams = operation.pathParams.filter((p) => p.isId).map((p) => p.name);
  if (idParams.length > 0) {
    choices.push(
      fc
        .tuple(
          fc.constantFrom(...idParams),
          fc.oneof(
            { weight: 5, arbitrary: fc.constantFrom(...malformedIds) },
            { weight: 1, arbitrary: fc.constant('9'.repeat(300)) },
            {
              weight: 1,
              arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).map(encodeURIComponent),
            },
          ),
        )
        .filter(([, value]) => !/^[1-9][0-9]{0,8}$/.test(value))
        .map(([name, value]) => ({
          method: operation.method,
          url: fill({ [name]: value }),
          headers: plain,
          payload: plainBody,
          fault: `path ${name}=${value}`,
          malformedParam: { name, value },
        })),
    );
  }
  const textParams = operation.pathParams.filter((p) => !p.isId).map((p) => p.name);
  if (textParams.length > 0) {
    choices.push(
      fc.tuple(fc.constantFrom(...textParams), badQueryValue).map(([name, value]) => ({
        method: operation.method,
        url: fill({ [name]: value }),
        headers: plain,
        payload: plainBody,
        fault: `path ${name}=${value.slice(0, 40)}`,
      })),
    );
  }
  choices.push(
    fc
      .tuple(
        fc.array(
          fc.tuple(
            operation.query.length
              ? fc.oneof(fc.constantFrom(...operation.query.map((q) => q.name)), fc.constant('unknown'))
              : fc.constant('unknown'),
            badQueryValue,
          ),
          { minLength: 1, maxLength: 3 },
        ),
      )
      .map(([query]) => ({
        method: operation.method,
        url: withQuery(fill({}), query),
        headers: plain,
        payload: plainBody,
        fault: `query ${query.map(([k, v]) => `${k}=${v.slice(0, 40)}`).join('&')}`,
      })),
  );
  if (operation.method !== 'GET' && operation.method !== 'DELETE') {
    choices.push(
      badBody.map(([what, payload, headers]) => ({
        method: operation.method,
        url: fill({}),
        headers,
        payload,
        fault: `body: ${what}`,
      })),
    );
  }
  if (operation.body) {
    const skeleton = plausible(operation.body);
    const paths = leafPaths(skeleton);
    if (paths.length > 0) {
      choices.push(
        fc.tuple(fc.constantFrom(...paths), mutation).map(([path, change]) => {
          const body = structuredClone(skeleton);
          setAt(body, path, (parent, key) => {
            if (change.kind === 'value') parent[key] = change.value;
            else if (change.kind === 'missing') Reflect.deleteProperty(parent, key);
            else parent[`${key}Extra`] = change.value;
          });
          return {
            method: operation.method,
            url: fill({}),
            headers: jsonType,
            payload: JSON.stringify(body),
            fault: `body ${path.join('.')}: ${change.kind} ${JSON.stringify('value' in change ? change.value : undefined)?.slice(0, 60)}`,
          };
        }),
      );
    }
  }
  return fc.oneof(...choices).map((request) => ({ ...request, operation: `${operation.method} ${operation.path}` }));
}

/**
 * A cheap picture of everything a request could have written: the audit trail's length, the
 * highest id of every table that has one, and a digest of the rows a write would change in place
 * (units renamed or moved, accounts changed, reports and rounds moved on).
 */
export async function fingerprint(t: TestApp): Promise<string> {
  const rows = await t.ownerQuery<{ tables: string; digest: string }>(`
    SELECT (SELECT count(*) FROM audit_log) || ':' || concat_ws(',',
             (SELECT max(id) FROM units), (SELECT max(id) FROM users), (SELECT max(id) FROM documents),
             (SELECT max(id) FROM document_attachments), (SELECT max(id) FROM models),
             (SELECT max(id) FROM model_photos), (SELECT max(id) FROM model_evaluations),
             (SELECT max(id) FROM movements), (SELECT max(id) FROM member_counts),
             (SELECT max(id) FROM reporting_rounds), (SELECT max(id) FROM reports),
             (SELECT max(id) FROM report_versions), (SELECT max(id) FROM indicators),
             (SELECT max(id) FROM democracy_assessments), (SELECT max(id) FROM democracy_attachments),
             (SELECT max(id) FROM democracy_checklist_items), (SELECT max(id) FROM unit_events)) AS tables,
           md5(concat(
             (SELECT string_agg(u::text, ';' ORDER BY id) FROM units u),
             (SELECT string_agg(concat_ws('|', id, username, full_name, role, unit_id, disabled_at, password_hash), ';' ORDER BY id) FROM users),
             (SELECT string_agg(r::text, ';' ORDER BY id) FROM reports r),
             (SELECT string_agg(r::text, ';' ORDER BY id) FROM reporting_rounds r))) AS digest`);
  return `${rows[0].tables} ${rows[0].digest}`;
}
