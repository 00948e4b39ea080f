// Factories for the conference tests: the tasks' app and accounts, a conference recorded by the city
// through the API, and the reader of a Word file's paragraphs.
import type { ConferenceDetail } from '@danvan/shared';
import JSZip from 'jszip';
import { expect } from 'vitest';
import type { TestApp } from './harness.js';
import { paragraphs } from './report-export.js';
import { dayFromToday } from './tasks.js';

export { openTasksApp as openConferencesApp, dayFromToday } from './tasks.js';

type Call = Parameters<TestApp['call']>[0];

/** Sends a request and expects `status`; returns the parsed answer. */
export async function expectCall<T = ConferenceDetail>(t: TestApp, call: Call, status = 200): Promise<T> {
  const response = await t.call(call);
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

/** The city records its 9-month review, planned in ten days, with its own hall and Phường 1 as bridge points. */
export async function cityConference(t: TestApp, cookie: string, pointUnitIds: number[], body = {}) {
  const created = await expectCall(
    t,
    {
      method: 'POST',
      url: '/api/conferences',
      cookie,
      body: {
        kind: 'so_ket_9',
        title: 'Hội nghị sơ kết công tác dân vận 9 tháng đầu năm 2026',
        heldOn: dayFromToday(10),
        startsAt: '08:00',
        endsAt: '11:30',
        place: 'Hội trường Thành ủy Sơn Hà',
        chairs: 'Đồng chí Trần Văn Đức, Trưởng Ban Dân vận Thành ủy',
        format: 'hybrid',
        content: 'Đánh giá kết quả công tác dân vận 9 tháng; triển khai nhiệm vụ 3 tháng cuối năm',
        ...body,
      },
    },
    201,
  );
  if (pointUnitIds.length === 0) return created;
  return expectCall(t, {
    method: 'PUT',
    url: `/api/conferences/${created.id}/bridge-points`,
    cookie,
    body: { unitIds: pointUnitIds },
  });
}

/** The paragraphs of a downloaded Word document. */
export async function docxParagraphs(payload: Buffer): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(payload)).file('word/document.xml')?.async('string')) ?? '';
  return paragraphs(xml);
}
