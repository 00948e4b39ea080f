import type { RoundSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../test/harness.js';
import { fieldErrors } from './validation-messages.js';

let t: TestApp;
const cookies: Record<string, string> = {};
let wardId: number;
let cityId: number;
let reportId: number;

const required = { vi: 'Bắt buộc nhập', en: 'Required' };
const isNumber = { vi: 'Phải là số', en: 'Must be a number' };
const isText = { vi: 'Phải là chuỗi ký tự', en: 'Must be text' };
const isDate = { vi: 'Ngày phải có dạng YYYY-MM-DD', en: 'Date must be YYYY-MM-DD' };

const round = (extra: Record<string, unknown> = {}) => ({
  openerUnitId: cityId,
  template: 'quarterly',
  year: 2026,
  periodIndex: 1,
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  deadline: '2026-04-10',
  reportingUnitTypes: ['ward'],
  ...extra,
});
const openRound = (body: unknown) =>
  t.call({ method: 'POST', url: '/api/rounds', cookie: cookies['thanhpho.lanhdao'], body });
const saveReport = (body: unknown) =>
  t.call({ method: 'PUT', url: `/api/reports/${reportId}`, cookie: cookies['phuong1.dv'], body });

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv']) cookies[user] = await t.login(user);
  cityId = await t.unitId('AS-SH');
  wardId = await t.unitId('AS-SH-P1');
  const opened = await openRound(round());
  expect(opened.statusCode, opened.body).toBe(201);
  const { id } = opened.json() as RoundSummary;
  const report = await t.call({
    method: 'GET',
    url: `/api/rounds/${id}/units/${wardId}/report`,
    cookie: cookies['phuong1.dv'],
  });
  expect(report.statusCode, report.body).toBe(200);
  reportId = report.json().id;
});
afterAll(() => t.close());

describe('validation messages', () => {
  it('says a wrong-type figure must be a number, not that it is required', async () => {
    const response = await saveReport({ values: [{ code: 'KT_GS', value: 'abc' }] });
    expect(response.statusCode).toBe(400);
    const error = errorBody(response);
    expect(error.fields).toEqual([{ path: 'body.values.0.value', ...isNumber }]);
    expect(error.message).toEqual({
      vi: 'Dữ liệu không hợp lệ (body.values.0.value): Phải là số',
      en: 'Invalid input (body.values.0.value): Must be a number',
    });
  });

  it('still says required when a value is missing or null', async () => {
    const missing = await saveReport({ values: [{ code: 'KT_GS' }] });
    expect(errorBody(missing).fields).toEqual([{ path: 'body.values.0.value', ...required }]);
    const noCode = await saveReport({ values: [{ code: null, value: 1 }] });
    expect(errorBody(noCode).fields).toEqual([{ path: 'body.values.0.code', ...required }]);
    const noDeadline = await openRound(round({ deadline: undefined, year: 2027 }));
    expect(errorBody(noDeadline).fields).toEqual([{ path: 'body.deadline', ...required }]);
  });

  it('says what type narrative text and round fields must be', async () => {
    const narrative = await saveReport({ narrative: { situation: 123 } });
    expect(errorBody(narrative).fields).toEqual([{ path: 'body.narrative.situation', ...isText }]);
    const periodIndex = await openRound(round({ periodIndex: 'abc' }));
    expect(errorBody(periodIndex).fields).toEqual([{ path: 'body.periodIndex', ...isNumber }]);
    const fraction = await openRound(round({ periodIndex: 1.5 }));
    expect(errorBody(fraction).fields).toEqual([
      { path: 'body.periodIndex', vi: 'Phải là số nguyên', en: 'Must be an integer' },
    ]);
    const list = await openRound(round({ reportingUnitTypes: 'ward' }));
    expect(errorBody(list).fields).toEqual([
      { path: 'body.reportingUnitTypes', vi: 'Phải là danh sách', en: 'Must be a list' },
    ]);
  });

  it('describes a date in the wrong form as a YYYY-MM-DD date, and one of the wrong type as text expected', async () => {
    const numeric = await openRound(round({ deadline: 20310410 }));
    expect(errorBody(numeric).fields).toEqual([
      { path: 'body.deadline', vi: 'Phải là chuỗi ký tự', en: 'Must be text' },
    ]);
    const dayFirst = await openRound(round({ deadline: '10/04/2031' }));
    expect(errorBody(dayFirst).fields).toEqual([{ path: 'body.deadline', ...isDate }]);
  });

  it('tells a missing path parameter or query value from a wrong one', async () => {
    const badId = await t.call({
      method: 'PUT',
      url: '/api/reports/abc',
      cookie: cookies['phuong1.dv'],
      body: { values: [] },
    });
    expect(errorBody(badId).fields).toEqual([{ path: 'params.id', ...isNumber }]);
    const noIndicator = await t.call({ method: 'GET', url: '/api/rounds/1/trend', cookie: cookies['phuong1.dv'] });
    expect(errorBody(noIndicator).fields).toEqual([{ path: 'query.indicator', ...required }]);
    const badYears = await t.call({
      method: 'GET',
      url: '/api/rounds/1/trend?indicator=KT_GS&years=abc',
      cookie: cookies['phuong1.dv'],
    });
    expect(errorBody(badYears).fields).toEqual([{ path: 'query.years', ...isNumber }]);
  });

  it('gives refine messages in both languages', async () => {
    const backwards = await openRound(round({ periodStart: '2026-03-31', periodEnd: '2026-01-01' }));
    expect(backwards.statusCode).toBe(400);
    expect(errorBody(backwards).fields).toEqual([
      {
        path: 'body.periodEnd',
        vi: 'Ngày kết thúc kỳ không được trước ngày bắt đầu',
        en: 'The period cannot end before it starts',
      },
    ]);
    const sameYear = await t.call({
      method: 'POST',
      url: '/api/democracy/checklist/copy',
      cookie: cookies.admin,
      body: { fromYear: 2030, toYear: 2030 },
    });
    expect(errorBody(sameYear).fields).toEqual([
      {
        path: 'body.toYear',
        vi: 'Năm đích phải khác năm nguồn',
        en: 'The target year must differ from the source year',
      },
    ]);
    const movement = await t.call({
      method: 'POST',
      url: '/api/movements',
      cookie: cookies.admin,
      body: { ownerUnitId: cityId, name: 'Phong trào thử', startOn: '2031-05-01', endOn: '2031-04-01' },
    });
    expect(errorBody(movement).fields).toEqual([
      {
        path: 'body.endOn',
        vi: 'Ngày kết thúc không được trước ngày bắt đầu',
        en: 'The end date cannot be before the start date',
      },
    ]);
  });
});

describe('fieldErrors without request data', () => {
  it('reads what zod received from its message', () => {
    const issue = (received: string) => ({
      code: 'invalid_type',
      expected: 'number',
      path: ['n'],
      message: `Invalid input: expected number, received ${received}`,
    });
    expect(fieldErrors('body', [issue('undefined')])).toEqual([{ path: 'body.n', ...required }]);
    expect(fieldErrors('body', [issue('string')])).toEqual([{ path: 'body.n', ...isNumber }]);
  });

  it('uses the issue input when the parse reported it', () => {
    expect(
      fieldErrors('body', [{ code: 'invalid_type', expected: 'string', path: ['s'], message: 'custom', input: 5 }]),
    ).toEqual([{ path: 'body.s', ...isText }]);
    expect(
      fieldErrors('body', [
        { code: 'invalid_type', expected: 'string', path: ['s'], message: 'custom', input: undefined },
      ]),
    ).toEqual([{ path: 'body.s', ...required }]);
  });

  it('falls back to a generic message for a refine without bilingual params', () => {
    expect(fieldErrors('body', [{ code: 'custom', path: [], message: 'some_code' }])).toEqual([
      { path: 'body', vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
    ]);
  });
});
