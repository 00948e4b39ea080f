import type { Actor } from '../auth/authorize.js';
import type { Database } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import { AppError } from '../http/errors.js';
import { actorFor } from '../modules/auth/index.js';
import {
  approveMinutes,
  createConference,
  fillBridgePoint,
  holdConference,
  issueConferenceDocument,
  linkConclusionTasks,
  setAgenda,
  setAttendance,
  setBridgePoints,
  setConclusions,
  setInvitees,
  writeMinutes,
  type RoundLookup,
} from '../modules/conferences/index.js';
import { findOpenUnitsByCodes } from '../modules/units/index.js';
import { vietnamDay } from '../time.js';

const ip = '127.0.0.1';
const day = (offset: number) => {
  const [y, m, d] = vietnamDay().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
};
// The demo's conference names no round: its report is the city's in the reports demo, read on its own page.
const noRound: RoundLookup = () => Promise.resolve(null);

const counts = (leaders: number, officials: number, front: number, citizens: number) => ({
  leaders,
  officials,
  front,
  citizens,
});

/** The first number from `from` not yet used in the register (the demo documents hold some). */
async function issueFree(issue: (number: number) => Promise<unknown>, from: number): Promise<void> {
  for (let number = from; number < from + 50; number++) {
    try {
      await issue(number);
      return;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'duplicate')) throw error;
    }
  }
}

/**
 * The city's 9-month review, held two months ago (before its conclusions became the demo's tasks):
 * the city's hall and Phường 1 as bridge points, each filled by its own unit, the invited, attendance,
 * the agenda, the minutes approved by the chair, three conclusions and the notice. `giveTasks` then
 * gives the conclusions' tasks citing this conference (demo-tasks.ts, with their history) and answers
 * their ids by conclusion, which are linked to the lines they carry out.
 */
export async function seedDemoConference(
  db: Database,
  giveTasks: (conference: { id: number; title: string }) => Promise<number[][]>,
): Promise<void> {
  const city = (await actorFor(db, 'thanhpho.lanhdao')) as Actor;
  const ward1 = (await actorFor(db, 'phuong1.dv')) as Actor;
  const units = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, ['AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-MT']));
  const id = (code: string) => units.find((unit) => unit.code === code)?.id as number;
  const deps = { db, findRound: noRound };
  const heldOn = day(-62);

  const c = await createConference(
    deps,
    city,
    {
      kind: 'so_ket_9',
      title: 'Hội nghị sơ kết công tác dân vận 9 tháng đầu năm 2026',
      roundId: null,
      heldOn,
      startsAt: '08:00',
      endsAt: '11:30',
      place: 'Hội trường Thành ủy Sơn Hà, 1 Trần Hưng Đạo',
      chairs: 'Đồng chí Trần Văn Đức, Trưởng Ban Dân vận Thành ủy',
      format: 'hybrid',
      content: 'Đánh giá kết quả công tác dân vận 9 tháng đầu năm 2026; triển khai nhiệm vụ 3 tháng cuối năm',
    },
    ip,
  );
  const withPoints = await setBridgePoints(deps, city, c.id, [id('AS-SH'), id('AS-SH-P1')], ip);
  const pointOf = (unitId: number) => withPoints.bridgePoints.find((p) => p.unitId === unitId)?.id as number;
  const point = { testAt: `${day(-63)}T15:00:00+07:00`, connected: true };
  await fillBridgePoint(
    deps,
    city,
    c.id,
    pointOf(id('AS-SH')),
    {
      ...point,
      ...counts(9, 38, 14, 0),
      room: 'Hội trường A, Thành ủy Sơn Hà',
      address: '1 Trần Hưng Đạo, Thành phố Sơn Hà',
      host: 'Đồng chí Trần Văn Đức, Trưởng Ban Dân vận Thành ủy',
      techName: 'Lê Văn Kỹ',
      techPhone: '0912 000 111',
    },
    ip,
  );
  await fillBridgePoint(
    deps,
    ward1,
    c.id,
    pointOf(id('AS-SH-P1')),
    {
      ...point,
      ...counts(3, 12, 6, 4),
      room: 'Phòng họp tầng 2, UBND Phường 1',
      address: '12 Lê Lợi, Phường 1',
      host: 'Đồng chí Hoàng Minh Tuấn, Trưởng Khối dân vận Phường 1',
      techName: 'Nguyễn Văn Hải',
      techPhone: '0987 654 321',
    },
    ip,
  );
  await setInvitees(
    deps,
    city,
    c.id,
    [
      { unitId: id('AS-SH-P2'), personName: '', position: '' },
      { unitId: id('AS-SH-MT'), personName: '', position: '' },
      { unitId: null, personName: 'Nguyễn Văn An', position: 'Phó Bí thư Thường trực Thành ủy' },
    ],
    ip,
  );
  await setAgenda(
    deps,
    city,
    c.id,
    {
      items: [
        { startsAt: '08:00', item: 'Khai mạc, giới thiệu đại biểu', presenter: 'Ban Tổ chức' },
        {
          startsAt: '08:15',
          item: 'Báo cáo sơ kết công tác dân vận 9 tháng đầu năm 2026',
          presenter: 'Phó Trưởng Ban',
        },
        { startsAt: '09:00', item: 'Tham luận của Phường 1 về mô hình "Dân vận khéo"', presenter: 'Phường 1' },
        { startsAt: '10:45', item: 'Phát biểu kết luận', presenter: 'Đồng chí chủ trì' },
      ],
    },
    ip,
  );
  await setAttendance(
    deps,
    city,
    c.id,
    {
      // The city's hall is a bridge point of its own: the people are counted there, the named listed here.
      leaders: null,
      officials: null,
      front: null,
      citizens: null,
      attendees: [
        {
          fullName: 'Nguyễn Văn An',
          unitName: 'Thành ủy Sơn Hà',
          position: 'Phó Bí thư Thường trực',
          category: 'leaders',
          present: true,
        },
        {
          fullName: 'Trần Văn Đức',
          unitName: 'Ban Dân vận Thành ủy',
          position: 'Trưởng ban',
          category: 'leaders',
          present: true,
        },
        {
          fullName: 'Phạm Thị Lan',
          unitName: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố',
          position: 'Phó Chủ tịch',
          category: 'front',
          present: false,
        },
        {
          fullName: 'Hoàng Minh Tuấn',
          unitName: 'Phường 1',
          position: 'Trưởng Khối dân vận',
          category: 'officials',
          present: true,
        },
      ],
    },
    ip,
  );
  await issueFree(
    (number) =>
      issueConferenceDocument(
        deps,
        city,
        c.id,
        'invitation',
        { number, issuedOn: day(-70), signer: 'Trần Văn Đức' },
        ip,
      ),
    12,
  );
  await holdConference(deps, city, c.id, ip);
  await writeMinutes(
    deps,
    city,
    c.id,
    {
      secretary: 'Nguyễn Thị Thư',
      text: [
        'Đồng chí Trần Văn Đức, Trưởng Ban Dân vận Thành ủy phát biểu khai mạc Hội nghị.',
        'Đồng chí Phó Trưởng Ban trình bày báo cáo sơ kết công tác dân vận 9 tháng đầu năm 2026.',
        'Hội nghị nghe tham luận của Phường 1 về mô hình "Dân vận khéo" phân loại rác thải tại nguồn và ý kiến của Ủy ban Mặt trận Tổ quốc thành phố.',
      ].join('\n'),
    },
    ip,
  );
  await setConclusions(
    deps,
    city,
    c.id,
    [
      'Tổ chức đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về chỉnh trang đô thị; hoàn thành trong tháng.',
      'Xây dựng mô hình "Dân vận khéo" về phân loại rác thải tại nguồn ở Phường 1.',
      'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến 100% tổ dân phố.',
    ],
    ip,
  );
  await approveMinutes(deps, city, c.id, 'Trần Văn Đức', ip);
  await issueFree(
    (number) =>
      issueConferenceDocument(deps, city, c.id, 'notice', { number, issuedOn: day(-61), signer: 'Trần Văn Đức' }, ip),
    25,
  );
  const tasks = await giveTasks({ id: c.id, title: c.title });
  for (const [index, ids] of tasks.entries()) await linkConclusionTasks(deps, city, c.id, index + 1, ids, ip);
}
