import type { ConferenceDetail, ConferenceSummary } from '@danvan/shared';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asSystem } from '../../db/scope.js';
import type { TestApp } from '../../test/harness.js';
import { cityConference, openConferencesApp } from '../../test/conferences.js';
import { textPdf } from '../../test/hostile-files.js';
import { multipart } from '../../test/tasks.js';

// Speeches and attachments are searched by what they say: their text is read by the durable
// extraction queue the documents use, and the conference search matches it without accents.
let t: TestApp;
let cookies: Record<string, string>;
let c: ConferenceDetail;

beforeEach(async () => {
  let ids: Record<string, number>;
  ({ t, cookies, ids } = await openConferencesApp());
  c = await cityConference(t, cookies['thanhpho.lanhdao'], [ids['AS-SH'], ids['AS-SH-P1']]);
});
afterEach(() => t.close());

const city = () => cookies['thanhpho.lanhdao'];

function upload(name: string, content: Buffer, title: string) {
  const { body, contentType } = multipart(name, content);
  return t.app.inject({
    method: 'POST',
    url: `/api/conferences/${c.id}/files?kind=speech&title=${encodeURIComponent(title)}&speaker=${encodeURIComponent('Trần Văn Bình')}`,
    headers: { cookie: city(), 'content-type': contentType },
    payload: body,
  });
}

/** The conference's files once none is waiting for its text. */
async function settledFiles(): Promise<ConferenceDetail['files']> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const detail = (
      await t.call({ method: 'GET', url: `/api/conferences/${c.id}`, cookie: city() })
    ).json<ConferenceDetail>();
    if (!detail.files.some((f) => f.textStatus === 'pending')) return detail.files;
    if (Date.now() > deadline) throw new Error('extraction did not settle');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const search = async (cookie: string, q: string) =>
  (await t.call({ method: 'GET', url: `/api/conferences?q=${encodeURIComponent(q)}`, cookie })).json<{
    total: number;
    items: ConferenceSummary[];
  }>();

describe('conference file text', () => {
  it('reads a DOCX and a PDF speech in the background and finds the conference by their words, accents or not', async () => {
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('Tham luận của Hội Nông dân phường'),
              new Paragraph('Phát huy vai trò chủ thể của người dân trong xây dựng nông thôn mới kiểu mẫu.'),
            ],
          },
        ],
      }),
    );
    const added = await upload('tham-luan.docx', docx, 'Tham luận Hội Nông dân');
    expect(added.statusCode, added.body).toBe(201);
    // The upload answers before the text is read.
    expect(added.json<ConferenceDetail>().files[0].textStatus).toBe('pending');
    const pdf = textPdf(['Mo hinh camera an ninh do nhan dan tu quan']);
    expect((await upload('an-ninh.pdf', pdf, 'Tham luận Công an phường')).statusCode).toBe(201);

    const files = await settledFiles();
    expect(files.map((f) => f.textStatus)).toEqual(['extracted', 'extracted']);
    for (const q of ['nông thôn mới kiểu mẫu', 'nong thon moi kieu mau', 'CHỦ THỂ CỦA NGƯỜI DÂN', 'camera an ninh']) {
      const found = await search(city(), q);
      expect(
        found.items.map((item) => item.id),
        q,
      ).toEqual([c.id]);
    }
    expect((await search(city(), 'không có trong tham luận nào')).total).toBe(0);
    // The text is the conference's: a ward outside it finds nothing.
    expect((await search(cookies['phuong2.dv'], 'nong thon moi kieu mau')).total).toBe(0);
    const stored = await asSystem(t.db, (sql) =>
      sql.query<{ text_content: string }>(
        'SELECT text_content FROM conference_files WHERE conference_id = $1 ORDER BY id',
        [c.id],
      ),
    );
    expect(stored.rows[0].text_content).toContain('nông thôn mới kiểu mẫu');
  });
});
