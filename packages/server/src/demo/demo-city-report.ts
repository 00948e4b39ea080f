import type { DocumentTopic, DocumentType, ValueInput } from '@danvan/shared';
import type { Actor } from '../auth/authorize.js';
import type { Database } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import { createDocument } from '../modules/documents/index.js';
import { getReportOfUnit, saveReport, transitionReport } from '../modules/reports/index.js';
import { findOpenUnitsByCodes } from '../modules/units/index.js';
import { seededRandom } from './seeded-random.js';

const ip = '127.0.0.1';
const PAPER_REASON = 'Số liệu chuyển từ báo cáo giấy, khi Ban chưa ghi văn bản vào phần mềm';

/** What the city's mass-mobilization board issued or advised on in a year, by type, with the topics each addressed. */
function boardDocuments(year: number): { type: DocumentType; title: string; topics: DocumentTopic[] }[] {
  const next = seededRandom(year * 31 + 7);
  const plan: [DocumentType, string, DocumentTopic[]][] = [
    ['CTr', 'Chương trình công tác dân vận năm', ['party_building']],
    ['KH', 'Kế hoạch triển khai phong trào thi đua "Dân vận khéo"', ['skilled_mobilization']],
    ['KH', 'Kế hoạch vận động Nhân dân thực hiện giải phóng mặt bằng dự án đường vành đai', ['land_clearance']],
    ['KH', 'Kế hoạch kiểm tra, giám sát việc thực hiện Quy chế dân chủ ở cơ sở', ['democracy']],
    ['HD', 'Hướng dẫn tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân', ['democracy']],
    ['BC', 'Báo cáo tình hình tôn giáo và công tác tôn giáo', ['religion']],
    ['BC', 'Báo cáo tình hình Nhân dân và dư luận xã hội', ['public_opinion']],
    ['CV', 'Công văn về việc nắm tình hình đồng bào dân tộc thiểu số', ['ethnic']],
    ['CV', 'Công văn đôn đốc báo cáo kết quả công tác dân vận', []],
  ];
  return plan
    .slice(0, next(6, plan.length))
    .map(([type, title, topics]) => ({ type, title: `${title} ${year}`, topics }));
}

/** The board's own work that no register holds: inspections, briefings, dialogues its leaders held. */
function boardFigures(year: number): ValueInput[] {
  const next = seededRandom(year * 17 + 5);
  const raised = next(30, 60);
  return [
    { code: 'KT_GS', value: next(3, 8) },
    { code: 'SK_TK', value: next(1, 4) },
    { code: 'HN_QT', value: next(4, 9) },
    { code: 'HN_QT_NGUOI', value: next(600, 1500) },
    { code: 'DT_CUOC', value: next(2, 5) },
    { code: 'DT_NGUOI', value: next(300, 700) },
    { code: 'DT_YKIEN', value: raised },
    { code: 'DT_YKIEN_GQ', value: raised - next(0, 6) },
  ];
}

/**
 * The city's own report in a round: its board's documents (registered this year, from paper in
 * the years before the system) and its own work; in the years before, submitted by the city and
 * approved by the province's leader, as the level above approves a round opener's report.
 */
export async function seedCityReport(
  db: Database,
  args: {
    admin: Actor;
    cityLeader: Actor;
    provinceLeader: Actor;
    roundId: number;
    year: number;
    current: boolean;
    period: { start: string; end: string };
  },
) {
  const { admin, cityLeader, provinceLeader, roundId, year, current } = args;
  const [city, board] = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, ['AS-SH', 'AS-SH-BDV'])).then((units) =>
    ['AS-SH', 'AS-SH-BDV'].map((code) => units.find((unit) => unit.code === code) as { id: number }),
  );
  const documents = boardDocuments(year);
  const values = boardFigures(year);
  if (current) {
    const numbers = new Map<DocumentType, number>();
    for (const [i, document] of documents.entries()) {
      const number = (numbers.get(document.type) ?? 0) + 1;
      numbers.set(document.type, number);
      const day = new Date(Date.parse(`${args.period.start}T00:00:00Z`) + (i + 1) * 20 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      await createDocument(
        db,
        admin,
        {
          unitId: board.id,
          type: document.type,
          symbol: `${number}-${document.type}/BDVTU`,
          issuedOn: day,
          signer: 'Trần Văn Đức',
          title: document.title,
          summary: '',
          topics: document.topics,
          role: 'advised',
        },
        ip,
      );
    }
  } else {
    const byType = new Map<string, number>();
    for (const document of documents) byType.set(document.type, (byType.get(document.type) ?? 0) + 1);
    const codes: Partial<Record<DocumentType, string>> = {
      CTr: 'VB_CTR',
      KH: 'VB_KH',
      HD: 'VB_HD',
      BC: 'VB_BC',
      CV: 'VB_CV',
    };
    values.push({ code: 'VB_TONG', value: documents.length, adjustReason: PAPER_REASON });
    // Before the movement was recorded, every ward took part by the paper reports.
    values.push({ code: 'DV_THAM_GIA_DVK', value: 8, denominator: 8, adjustReason: PAPER_REASON });
    for (const [type, count] of byType)
      values.push({ code: codes[type as DocumentType] as string, value: count, adjustReason: PAPER_REASON });
  }
  const report = await getReportOfUnit(db, admin, roundId, city.id);
  await saveReport(db, cityLeader, report.id, { values }, ip);
  if (current) return;
  await transitionReport(db, cityLeader, report.id, 'submit', {}, ip);
  await transitionReport(db, provinceLeader, report.id, 'approve', {}, ip);
}
