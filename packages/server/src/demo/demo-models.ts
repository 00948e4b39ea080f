import type { ModelInput } from '@danvan/shared';
import type { Actor } from '../auth/authorize.js';
import type { Database } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import { decideOnModel, evaluateModel, saveModel, saveMovement } from '../modules/models/index.js';
import { findOpenUnitsByCodes } from '../modules/units/index.js';
import { communeCodes, wardCodes } from './demo-data.js';

type Stage = 'registered' | 'evaluated' | 'district' | 'province' | 'not_recognised';

interface DemoModel {
  ward: number;
  name: string;
  field: ModelInput['field'];
  ownerPeople: string;
  description: string;
  results: string;
  resultFigures: ModelInput['resultFigures'];
  stage: Stage;
  score?: number;
}

// Ward 1 is left with one registered model, for the demo account to add its own beside it.
const demoModels: DemoModel[] = [
  {
    ward: 1,
    name: 'Tổ hợp tác nuôi bò sinh sản xoay vòng',
    field: 'economy',
    ownerPeople: 'Chi hội Phụ nữ khu phố 2',
    stage: 'registered',
    description: 'Hội viên góp vốn mua bò giống, giao cho hộ khó khăn nuôi, bê con đầu tiên chuyển cho hộ tiếp theo.',
    results: 'Bước đầu 6 hộ được nhận bò giống.',
    resultFigures: [{ label: 'Hộ được nhận bò', value: 6, unit: 'hộ' }],
  },
  {
    ward: 2,
    name: 'Camera an ninh – "Mắt thần" khu phố',
    field: 'defense_security',
    ownerPeople: 'Ban bảo vệ dân phố, Chi đoàn khu phố 4',
    stage: 'province',
    score: 93,
    description: 'Vận động nhân dân góp kinh phí lắp camera giám sát các tuyến hẻm, kết nối về Công an phường.',
    results: 'Trộm cắp tài sản trên địa bàn giảm rõ rệt so với cùng kỳ.',
    resultFigures: [
      { label: 'Camera lắp đặt', value: 48, unit: 'chiếc' },
      { label: 'Kinh phí nhân dân đóng góp', value: 312.5, unit: 'triệu đồng' },
    ],
  },
  {
    ward: 3,
    name: 'Tuyến hẻm xanh – sạch – đẹp',
    field: 'culture_society',
    ownerPeople: 'Mặt trận Tổ quốc phường, Hội Cựu chiến binh',
    stage: 'district',
    score: 88,
    description:
      'Mỗi hộ tự trồng, chăm sóc cây xanh và giữ vệ sinh đoạn hẻm trước nhà; tổ dân phố chấm điểm hằng tháng.',
    results: 'Toàn phường có 15 tuyến hẻm đạt chuẩn.',
    resultFigures: [{ label: 'Tuyến hẻm đạt chuẩn', value: 15, unit: 'tuyến' }],
  },
  {
    ward: 4,
    name: 'Đảng viên gương mẫu nơi cư trú',
    field: 'political_system',
    ownerPeople: 'Chi bộ khu phố 1',
    stage: 'evaluated',
    score: 81,
    description: 'Mỗi đảng viên nhận phụ trách 10 hộ, nắm tình hình và vận động thực hiện chủ trương.',
    results: 'Đảng viên nắm tình hình 100% hộ được phân công.',
    resultFigures: [{ label: 'Hộ được phụ trách', value: 420, unit: 'hộ' }],
  },
  {
    ward: 5,
    name: 'Bếp ăn yêu thương cho bệnh nhân nghèo',
    field: 'culture_society',
    ownerPeople: 'Hội Liên hiệp Phụ nữ phường',
    stage: 'district',
    score: 90,
    description: 'Nấu và phát suất cơm miễn phí vào thứ Ba, thứ Sáu hằng tuần tại Bệnh viện đa khoa thành phố.',
    results: 'Duy trì đều đặn từ đầu năm.',
    resultFigures: [{ label: 'Suất cơm đã phát', value: 12_450, unit: 'suất' }],
  },
  {
    ward: 6,
    name: 'Chợ an toàn thực phẩm',
    field: 'economy',
    ownerPeople: 'Ban quản lý chợ, tiểu thương',
    stage: 'not_recognised',
    score: 62,
    description: 'Tiểu thương cam kết nguồn gốc hàng hóa, niêm yết giá, không dùng túi ni lông.',
    results: 'Mới triển khai ở một khu chợ.',
    resultFigures: [],
  },
  {
    ward: 7,
    name: 'Dân vận khéo trong giải phóng mặt bằng đường Vành đai 2',
    field: 'economy',
    ownerPeople: 'Khối dân vận phường',
    stage: 'registered',
    description: 'Tổ công tác đến từng hộ đối thoại, giải thích chính sách bồi thường, hỗ trợ tái định cư.',
    results: '',
    resultFigures: [{ label: 'Hộ bàn giao mặt bằng đúng hạn', value: 37, unit: 'hộ' }],
  },
];

/**
 * The city's "Dân vận khéo" movement with the 8 wards expected to take part, models at every stage
 * of their lifecycle, and the province's "Chính quyền thân thiện" movement expecting the city and the
 * district: the province's report counts 7/8 units in the one and 0/2 in the other, and the city's
 * "Dân vận khéo" figure stays 7/8 (a unit is not its own participant).
 */
export async function seedDemoModels(db: Database, leader: Actor, admin: Actor): Promise<void> {
  const codes = ['AS', 'AS-SH', 'AS-DD', ...wardCodes, ...communeCodes];
  const units = new Map(
    (await asSystem(db, (sql) => findOpenUnitsByCodes(sql, codes))).map((unit) => [unit.code, unit.id]),
  );
  const id = (code: string) => units.get(code) as number;
  const year = new Date().getFullYear();
  const ip = '127.0.0.1';
  const wardIds = wardCodes.map(id);
  const movement = await saveMovement(
    db,
    leader,
    {
      ownerUnitId: id('AS-SH'),
      kind: 'dan_van_kheo',
      name: `Phong trào thi đua "Dân vận khéo" năm ${year}`,
      description:
        'Mỗi phường đăng ký ít nhất một mô hình "Dân vận khéo" trên các lĩnh vực; Ban Dân vận Thành ủy đánh giá, công nhận vào quý III.',
      startOn: `${year}-01-01`,
      endOn: `${year}-12-31`,
      participantUnitIds: wardIds,
    },
    ip,
  );
  await saveMovement(
    db,
    admin,
    {
      ownerUnitId: id('AS'),
      kind: 'chinh_quyen_than_thien',
      name: 'Phong trào thi đua "Chính quyền thân thiện, vì Nhân dân phục vụ"',
      description: 'Cán bộ, công chức xã, phường gần dân, trọng dân, giải quyết thủ tục hành chính nhanh gọn.',
      startOn: `${year}-03-01`,
      endOn: null,
      participantUnitIds: [id('AS-SH'), id('AS-DD')],
    },
    ip,
  );
  for (const [index, demo] of demoModels.entries()) {
    const model = await saveModel(
      db,
      admin,
      {
        movementId: movement.id,
        unitId: wardIds[demo.ward - 1],
        name: demo.name,
        field: demo.field,
        ownerPeople: demo.ownerPeople,
        registeredOn: `${year}-0${2 + (index % 3)}-1${index % 9}`,
        startOn: `${year}-01-15`,
        description: demo.description,
        results: demo.results,
        resultFigures: demo.resultFigures,
      },
      ip,
    );
    if (demo.stage === 'registered') continue;
    await evaluateModel(
      db,
      leader,
      model.id,
      {
        score: demo.score ?? 80,
        comment: 'Mô hình thiết thực, được nhân dân đồng tình.',
        evaluatedOn: `${year}-06-20`,
      },
      ip,
    );
    if (demo.stage === 'evaluated') continue;
    const decidedOn = `${year}-08-15`;
    await decideOnModel(
      db,
      leader,
      model.id,
      demo.stage === 'not_recognised'
        ? { recognised: false, decidedOn }
        : { recognised: true, level: demo.stage, decidedOn },
      ip,
    );
  }
}
