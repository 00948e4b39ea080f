import type { TaskCreateInput } from '@danvan/shared';
import type { Actor } from '../auth/authorize.js';
import type { Database } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import { actorFor } from '../modules/auth/index.js';
import { listDocuments } from '../modules/documents/index.js';
import { acceptCompletion, createTask, proposeCompletion, reportProgress } from '../modules/tasks/index.js';
import { findOpenUnitsByCodes } from '../modules/units/index.js';
import { vietnamDay } from '../time.js';

const ip = '127.0.0.1';
const day = (offset: number) => {
  const [y, m, d] = vietnamDay().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
};

const base = (input: Partial<TaskCreateInput> & Pick<TaskCreateInput, 'title' | 'deadline'>): TaskCreateInput => ({
  sourceKind: 'conference',
  sourceRefId: null,
  sourceText: 'Kết luận Hội nghị sơ kết công tác dân vận 9 tháng của Ban Thường vụ Thành ủy Sơn Hà',
  ownerUnitIds: [],
  ownerUnitType: null,
  ownerPerson: '',
  cooperatingUnitIds: [],
  unitDeadlines: [],
  priority: 'normal',
  expectedResult: '',
  ...input,
});

/**
 * The conclusions of the city's 9-month review (`conference`) as tasks for the wards, each citing it
 * and its line's number, given two months ago: a
 * dialogue with the people, done on time by Phường 2 and overdue in Phường 1; a "Dân vận khéo"
 * model in Phường 1, under way and due within the week; the Law on grassroots democracy to every
 * ward. Phường 2 is left with nothing due this week (the inbox journey empties its home screen).
 * Returns the ids of each task and its units' shares, in the order of the conference's conclusions.
 */
export async function seedDemoTasks(db: Database, conference: { id: number; title: string }): Promise<number[][]> {
  const city = (await actorFor(db, 'thanhpho.lanhdao')) as Actor;
  const ward1 = (await actorFor(db, 'phuong1.dv')) as Actor;
  const ward2 = (await actorFor(db, 'phuong2.dv')) as Actor;
  const wards = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, ['AS-SH-P1', 'AS-SH-P2', 'AS-SH-MT']));
  const id = (code: string) => wards.find((unit) => unit.code === code)?.id as number;
  const given = day(-60);
  const source = (number: number) => ({
    sourceRefId: conference.id,
    sourceText: `${conference.title}, kết luận số ${number}`,
  });

  const dialogue = await createTask(
    db,
    city,
    base({
      ...source(1),
      title: 'Tổ chức đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về chỉnh trang đô thị',
      ownerUnitIds: [id('AS-SH-P1'), id('AS-SH-P2')],
      cooperatingUnitIds: [id('AS-SH-MT')],
      deadline: day(-10),
      priority: 'high',
      expectedResult: 'Biên bản đối thoại; báo cáo kết quả giải quyết kiến nghị của Nhân dân',
    }),
    ip,
    given,
  );
  const shareOf = (code: string) => dialogue.children.find((c) => c.ownerUnitId === id(code))?.id as number;
  const evidence = (await listDocuments(db, ward2, { limit: 1, offset: 0 })).items.map((doc) => doc.id);
  await reportProgress(
    { db, today: day(-35) },
    ward2,
    shareOf('AS-SH-P2'),
    {
      note: 'Đã tổ chức đối thoại tại 6/6 khu phố, 412 lượt người dân tham dự, 23 ý kiến kiến nghị.',
      percent: 80,
      documentIds: [],
    },
    ip,
  );
  await proposeCompletion(
    { db, today: day(-22) },
    ward2,
    shareOf('AS-SH-P2'),
    {
      note: 'Đã giải quyết 21/23 kiến nghị, 2 kiến nghị chuyển cấp thành phố; gửi kèm báo cáo kết quả.',
      documentIds: evidence,
    },
    ip,
  );
  await acceptCompletion({ db, today: day(-20) }, city, shareOf('AS-SH-P2'), 'Hoàn thành tốt, đúng hạn.', ip);
  await reportProgress(
    { db, today: day(-25) },
    ward1,
    shareOf('AS-SH-P1'),
    {
      note: 'Đã đối thoại tại 3/7 khu phố; các khu phố còn lại chưa bố trí được lịch.',
      percent: 45,
      documentIds: [],
    },
    ip,
  );

  const model = await createTask(
    db,
    city,
    base({
      ...source(2),
      title: 'Xây dựng mô hình "Dân vận khéo" về phân loại rác thải tại nguồn',
      ownerUnitIds: [id('AS-SH-P1')],
      ownerPerson: 'Đ/c Lê Thị Hồng Nhung, chuyên viên Khối dân vận',
      deadline: day(5),
      expectedResult: 'Mô hình được đăng ký và đánh giá trong phong trào "Dân vận khéo"',
    }),
    ip,
    given,
  );
  await reportProgress(
    { db, today: day(-5) },
    ward1,
    model.id,
    {
      note: 'Đã khảo sát 2 khu phố thí điểm, xây dựng kế hoạch và quy ước phân loại rác.',
      percent: 40,
      documentIds: [],
    },
    ip,
  );

  await seedLastYearTask(db, { city, ward1, ward2, ward1Id: id('AS-SH-P1'), ward2Id: id('AS-SH-P2') });

  const law = await createTask(
    db,
    city,
    base({
      ...source(3),
      title: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến 100% tổ dân phố',
      ownerUnitType: 'ward',
      deadline: day(30),
    }),
    ip,
    given,
  );
  // The conference's conclusions these tasks carry out, in order (demo-conferences.ts links them).
  const ids = (task: { id: number; children: { id: number }[] }) => [task.id, ...task.children.map((c) => c.id)];
  return [ids(dialogue), ids(model), ids(law)];
}

/**
 * A conclusion of last year's 9-month review, due within the period before this year's report (the
 * demo rounds run 15/12–14/9): Phường 2 done on time, Phường 1 late. What the wards' report forms
 * show as the last period's tasks.
 */
async function seedLastYearTask(
  db: Database,
  who: { city: Actor; ward1: Actor; ward2: Actor; ward1Id: number; ward2Id: number },
): Promise<void> {
  const year = Number(vietnamDay().slice(0, 4)) - 1;
  const task = await createTask(
    db,
    who.city,
    base({
      title: 'Rà soát, giải quyết dứt điểm kiến nghị của Nhân dân về bồi thường, giải phóng mặt bằng',
      sourceText: `Kết luận Hội nghị sơ kết công tác dân vận 9 tháng năm ${year} của Ban Thường vụ Thành ủy Sơn Hà`,
      ownerUnitIds: [who.ward1Id, who.ward2Id],
      deadline: `${year}-11-30`,
      expectedResult: 'Báo cáo kết quả giải quyết từng kiến nghị',
    }),
    ip,
    `${year}-10-15`,
  );
  const steps: [Actor, number, string][] = [
    [who.ward2, who.ward2Id, `${year}-11-25`],
    [who.ward1, who.ward1Id, `${year}-12-10`],
  ];
  for (const [ward, unitId, acceptedOn] of steps) {
    const share = task.children.find((child) => child.ownerUnitId === unitId)?.id as number;
    const evidence = (await listDocuments(db, ward, { limit: 1, offset: 0 })).items.map((doc) => doc.id);
    await proposeCompletion(
      { db, today: acceptedOn },
      ward,
      share,
      { note: 'Đã giải quyết xong các kiến nghị; gửi kèm báo cáo kết quả.', documentIds: evidence },
      ip,
    );
    await acceptCompletion({ db, today: acceptedOn }, who.city, share, '', ip);
  }
}
