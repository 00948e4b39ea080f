import {
  indicatorSchema,
  type Figure,
  type Indicator,
  type ReportIndicatorRow,
  type ReportOutline,
  type ReportView,
  type Template,
} from '@danvan/shared';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../demo/seeded-random.js';
import { generateNarrative } from './narrative.js';

const indicator = (fields: Partial<Indicator> & Pick<Indicator, 'code' | 'nameVi' | 'unitVi' | 'section'>): Indicator =>
  indicatorSchema.parse({
    nameEn: fields.code,
    aggregation: 'sum',
    weightCode: null,
    numeratorCode: null,
    denominatorCode: null,
    computedKey: null,
    ...fields,
  });

// A slice of the default catalogue, with its bases and phrases.
const catalogue = {
  VB_TONG: indicator({
    code: 'VB_TONG',
    nameVi: 'Văn bản lãnh đạo, chỉ đạo',
    unitVi: 'văn bản',
    section: 'leadership',
    basis: 'body',
    isKey: true,
    phraseVi: 'tham mưu ban hành {n} văn bản lãnh đạo, chỉ đạo',
  }),
  VB_CTR: indicator({
    code: 'VB_CTR',
    nameVi: 'Chương trình',
    unitVi: 'văn bản',
    section: 'leadership',
    basis: 'body',
    phraseVi: '{n} chương trình',
    partOf: 'VB_TONG',
  }),
  VB_KH: indicator({
    code: 'VB_KH',
    nameVi: 'Kế hoạch',
    unitVi: 'văn bản',
    section: 'leadership',
    basis: 'body',
    phraseVi: '{n} kế hoạch',
    partOf: 'VB_TONG',
  }),
  VB_CD_TON_GIAO: indicator({
    code: 'VB_CD_TON_GIAO',
    nameVi: 'Văn bản về công tác tôn giáo',
    unitVi: 'văn bản',
    section: 'leadership',
    basis: 'body',
    phraseVi: '{n} văn bản về công tác tôn giáo',
    partOf: 'VB_TONG',
    partKind: 'topic',
  }),
  DT_CUOC: indicator({
    code: 'DT_CUOC',
    nameVi: 'Cuộc đối thoại',
    unitVi: 'cuộc',
    section: 'government',
    basis: 'body',
    isKey: true,
    phraseVi: 'tổ chức {n} cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân',
  }),
  DT_NGUOI: indicator({
    code: 'DT_NGUOI',
    nameVi: 'Người tham dự',
    unitVi: 'người',
    section: 'government',
    basis: 'body',
    phraseVi: 'có {n} người tham dự',
  }),
  DON_NHAN: indicator({
    code: 'DON_NHAN',
    nameVi: 'Đơn thư tiếp nhận',
    unitVi: 'đơn',
    section: 'petitions',
    isKey: true,
    phraseVi: 'tiếp nhận {n} đơn thư',
  }),
  DON_TYLE_GQ: indicator({
    code: 'DON_TYLE_GQ',
    nameVi: 'Tỷ lệ giải quyết',
    unitVi: '%',
    section: 'petitions',
    aggregation: 'ratio',
    phraseVi: 'đạt tỷ lệ {n}',
  }),
  DV_THAM_GIA_DVK: indicator({
    code: 'DV_THAM_GIA_DVK',
    nameVi: 'Đơn vị tham gia',
    unitVi: 'đơn vị',
    section: 'dvk',
    aggregation: 'coverage',
    phraseVi: '{n} {units} tham gia phong trào thi đua "Dân vận khéo"',
  }),
  HV_TONG: indicator({
    code: 'HV_TONG',
    nameVi: 'Tổng số đoàn viên, hội viên',
    unitVi: 'người',
    section: 'front',
    aggregation: 'latest',
    phraseVi: 'có tổng số {n} đoàn viên, hội viên',
  }),
  HO_DAN: indicator({
    code: 'HO_DAN',
    nameVi: 'Số hộ dân',
    unitVi: 'hộ',
    section: 'context',
    aggregation: 'latest',
    phraseVi: 'có {n} hộ',
  }),
  KS_DIEM: indicator({
    code: 'KS_DIEM',
    nameVi: 'Điểm hài lòng bình quân',
    unitVi: 'điểm',
    section: 'democracy',
    aggregation: 'weighted_avg',
  }),
};
type Code = keyof typeof catalogue;

const fig = (value: number | null, denominator: number | null = null): Figure => ({ value, denominator });

/** A row: own and area figures this year and last year, compared like for like over the area's totals. */
function row(code: Code, own: Figure, total: Figure, ownLast: Figure, last: Figure): ReportIndicatorRow {
  const change = (a: Figure, b: Figure) => (a.value != null && b.value != null ? a.value - b.value : null);
  const percent = (a: Figure, b: Figure) => (a.value != null && b.value ? (100 * (a.value - b.value)) / b.value : null);
  const rate = (f: Figure) => (f.value != null && f.denominator ? (100 * f.value) / f.denominator : null);
  const [rateNow, rateLast] = [rate(total), rate(last)];
  return {
    indicator: catalogue[code],
    own: { ...own, source: 'entered', computedValue: null, adjustReason: null },
    total,
    lastYear: last,
    lastYearSource: last.value != null ? 'reports' : null,
    ownLastYear: ownLast,
    ownDifference: change(own, ownLast),
    ownPercentChange: percent(own, ownLast),
    comparable: { current: total, lastYear: last },
    difference: change(total, last),
    percentChange: percent(total, last),
    rateChange:
      catalogue[code].aggregation === 'coverage' && rateNow != null && rateLast != null
        ? Math.round((rateNow - rateLast) * 100) / 100
        : null,
  };
}

function view(
  rows: ReportIndicatorRow[],
  options: {
    template?: Template;
    units?: { compared: number; of: number };
    outline?: ReportOutline;
    highlights?: ReportView['highlights'];
  } = {},
): ReportView {
  const { compared, of } = options.units ?? { compared: 9, of: 9 };
  return {
    id: 1,
    round: {
      id: 1,
      openerUnitId: 2,
      openerUnitName: 'Thành phố Sơn Hà',
      template: options.template ?? 'nine_month',
      year: 2026,
      periodIndex: 1,
      title: 'Báo cáo',
      periodStart: '2025-12-15',
      periodEnd: '2026-09-14',
      deadline: '2026-09-25',
      reportingUnitTypes: ['ward'],
      outline: options.outline ?? 'standard',
      progress: { submitted: 0, approved: 0, expected: 9, includesOpener: true },
      abilities: { manage: false, cancel: false },
    },
    unit: { id: 2, name: 'Thành phố Sơn Hà', path: 'vn.u1.u2' },
    status: 'draft',
    version: 1,
    late: false,
    narrative: {},
    returnComment: null,
    submittedAt: null,
    approvedAt: null,
    rows,
    included: { approved: 8, expected: 9 },
    children: [],
    comparison: { units: compared, of, missing: of > compared ? ['Phường 7', 'Phường 8'].slice(0, of - compared) : [] },
    body: {
      name: 'Ban Dân vận Thành ủy Sơn Hà',
      subject: 'Ban Dân vận Thành ủy',
      areaWord: 'thành phố',
      childrenWord: 'phường',
      superior: 'Thành ủy Sơn Hà',
      shortName: 'Ban Dân vận',
      abbreviation: 'BDVTU',
      type: 'mass_mobilization_board',
    },
    exportSettings: {
      number: null,
      date: null,
      signing: 'direct',
      collectiveName: null,
      headTitle: null,
      signerTitle: 'Trưởng ban',
      signerName: null,
      recipients: ['Lưu VP.'],
    },
    checks: [],
    narrativeStale: false,
    versions: [],
    approvedAbove: null,
    highlights: options.highlights ?? [],
    abilities: { edit: true, submit: true, approve: false, return: false, reopen: false, configureExport: true },
  };
}

describe('narrative draft', () => {
  it("leads with the board's own work as its subject and gives the area's total apart", () => {
    const draft = generateNarrative(
      view([
        row('VB_TONG', fig(53), fig(180), fig(45), fig(150)),
        row('VB_CTR', fig(2), fig(5), fig(1), fig(3)),
        row('VB_KH', fig(14), fig(60), fig(10), fig(40)),
        row('VB_CD_TON_GIAO', fig(3), fig(4), fig(null), fig(null)),
        row('DT_CUOC', fig(3), fig(12), fig(1), fig(10)),
        row('DT_NGUOI', fig(340), fig(900), fig(null), fig(null)),
      ]),
    );
    expect(draft.results).toContain(
      '1. Hoạt động của Ban Dân vận Thành ủy Sơn Hà\nTrong 9 tháng đầu năm 2026, Ban Dân vận Thành ủy đã tham mưu ban hành 53 văn bản lãnh đạo, chỉ đạo (gồm 2 chương trình, 14 kế hoạch), tăng 8 văn bản (17,78%) so với cùng kỳ năm 2025; trong đó có 3 văn bản về công tác tôn giáo; tổ chức 3 cuộc đối thoại',
    );
    // A continuing figure is stated without its own change: the table has it.
    expect(draft.results).toContain('tăng 2 cuộc so với cùng kỳ năm 2025, có 340 người tham dự.');
    expect(draft.results).toContain(
      'Toàn thành phố đã tham mưu ban hành 180 văn bản lãnh đạo, chỉ đạo (gồm 5 chương trình, 60 kế hoạch), tăng 30 văn bản (20%) so với cùng kỳ năm 2025; trong đó có 4 văn bản về công tác tôn giáo.',
    );
    expect(draft.results).not.toContain('Thành phố Sơn Hà đã tham mưu');
  });

  it('states coverage as units below and compares rates, and says "so với năm" in an annual report', () => {
    const draft = generateNarrative(
      view(
        [
          row('DV_THAM_GIA_DVK', fig(null), fig(8, 8), fig(null), fig(7, 8)),
          row('DON_NHAN', fig(null), fig(45), fig(null), fig(50)),
          row('DON_TYLE_GQ', fig(null), fig(92.5), fig(null), fig(90)),
        ],
        { template: 'annual', units: { compared: 7, of: 9 } },
      ),
    );
    expect(draft.results).toContain(
      '8/8 phường tham gia phong trào thi đua "Dân vận khéo", tăng 12,5 điểm phần trăm so với năm 2025',
    );
    expect(draft.results).toContain(
      'tiếp nhận 45 đơn thư, giảm 5 đơn (10%) so với năm 2025, đạt tỷ lệ 92,5%, tăng 2,5 điểm phần trăm so với năm 2025',
    );
    // The note on the comparison goes under the figures table, not into the prose.
    expect(draft.results).not.toContain('7/9');
    expect(draft.results).not.toContain('cùng kỳ');
  });

  it('names what the registers say beyond counts at the end of its section', () => {
    const draft = generateNarrative(
      view([row('DV_THAM_GIA_DVK', fig(null), fig(8, 8), fig(null), fig(8, 8))], {
        highlights: [{ section: 'dvk', vi: 'Tiêu biểu là mô hình "Chợ văn minh" của Phường 1 (cấp huyện).', en: '' }],
      }),
    );
    expect(draft.results).toContain(
      '8/8 phường tham gia phong trào thi đua "Dân vận khéo", bằng cùng kỳ năm 2025. Tiêu biểu là mô hình "Chợ văn minh" của Phường 1 (cấp huyện).',
    );
  });

  it('gives the Front its own section in a combined review', () => {
    const rows = [
      row('DT_CUOC', fig(3), fig(12), fig(1), fig(10)),
      row('HV_TONG', fig(null), fig(15324), fig(null), fig(15279)),
    ];
    const combined = generateNarrative(view(rows, { outline: 'combined' }));
    expect(combined.front_program).toBe('Trên địa bàn thành phố, có tổng số 15.324 đoàn viên, hội viên.');
    expect(combined.results).not.toContain('đoàn viên');
    expect(generateNarrative(view(rows)).results).toContain('có tổng số 15.324 đoàn viên, hội viên');
  });

  it('gives the area total apart only when reports below add to it, and trusts no zero recomputed from a register', () => {
    const alone = generateNarrative(view([row('VB_TONG', fig(8), fig(8), fig(null), fig(null))]));
    expect(alone.results).not.toContain('Toàn thành phố');
    const registers = row('DON_NHAN', fig(null), fig(45), fig(null), fig(0));
    // As the view gives it: last year's zero from the registers is shown, not compared with.
    const draft = generateNarrative(
      view([{ ...registers, lastYearSource: 'registers', difference: null, percentChange: null }]),
    );
    expect(draft.results).toContain('Trên địa bàn thành phố, tiếp nhận 45 đơn thư.');
  });

  it('opens the situation with the local particulars, and says nothing of a zero that was zero', () => {
    const draft = generateNarrative(
      view([
        row('HO_DAN', fig(null), fig(5539), fig(null), fig(5400)),
        row('DON_NHAN', fig(0), fig(0), fig(0), fig(0)),
      ]),
    );
    expect(draft.situation).toBe(
      'Trong 9 tháng đầu năm 2026, cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể thành phố tiếp tục quan tâm lãnh đạo, chỉ đạo và tổ chức thực hiện công tác dân vận. Toàn thành phố có 5.539 hộ.',
    );
    expect(draft.results).toMatch(/^Trong 9 tháng đầu năm 2026, chưa có số liệu để tổng hợp\./);
  });

  it('writes sentences with verbs, no English, no percentage on small bases, over many generated reports', () => {
    const verb = /(đã|có|là|tổ chức|tham gia|tiếp nhận|tham mưu|đạt|chưa|tính|tiếp tục)/u;
    const english = /\b(undefined|null|NaN|the|and|of|increase|decrease|points?)\b/;
    const templates: Template[] = ['monthly', 'quarterly', 'six_month', 'nine_month', 'annual'];
    for (let seed = 1; seed <= 400; seed++) {
      const next = seededRandom(seed);
      const small = seed % 2 === 0;
      const value = () => (next(0, 4) === 0 ? null : next(0, small ? 9 : 400));
      const rows = (Object.keys(catalogue) as Code[]).map((code) => {
        const coverage = catalogue[code].aggregation === 'coverage';
        const pair = (): [Figure, Figure] => {
          const now = value();
          return coverage && now != null ? [fig(now, now + next(0, 3)), fig(next(0, 9), 9)] : [fig(now), fig(value())];
        };
        const [own, ownLast] = pair();
        const [total, last] = pair();
        return row(code, own, total, ownLast, last);
      });
      const template = templates[seed % templates.length];
      const draft = generateNarrative(view(rows, { template, units: { compared: next(0, 9), of: 9 } }));
      const text = `${draft.situation}\n${draft.results}`;
      expect(text, `seed ${seed}`).not.toMatch(english);
      expect(text, `seed ${seed}`).not.toContain('(0%)');
      if (small) expect(text, `seed ${seed}`).not.toMatch(/\(\d[\d.,]*%\)/);
      if (template === 'annual') expect(text, `seed ${seed}`).not.toContain('cùng kỳ');
      const paragraphs = text.split(/\n+/).filter((line) => line && !/^\d+\. /.test(line));
      for (const sentence of paragraphs.flatMap((line) => line.split(/(?<=\.)\s+/))) {
        expect(sentence, `seed ${seed}`).toMatch(verb);
      }
    }
  });
});
