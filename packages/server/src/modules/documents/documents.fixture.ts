/**
 * Fifty documents of a province's mass-mobilization board, written for search-quality tests:
 * varied diacritics, đ, old and new tone placement (hoà/hòa, thuỷ/thủy), capitals and a few typos.
 */
export const fixtureDocuments: { type: string; title: string; summary: string; topics: string[] }[] = [
  {
    type: 'KH',
    title: 'Kế hoạch triển khai phong trào thi đua "Dân vận khéo" năm 2026',
    summary: 'Triển khai phong trào Dân vận khéo gắn với xây dựng nông thôn mới.',
    topics: ['skilled_mobilization'],
  },
  {
    type: 'BC',
    title: 'Báo cáo kết quả công tác dân vận 6 tháng đầu năm 2026',
    summary: 'Đánh giá kết quả công tác dân vận của hệ thống chính trị.',
    topics: [],
  },
  {
    type: 'HD',
    title: 'Hướng dẫn thực hiện Quy chế dân chủ ở cơ sở',
    summary: 'Hướng dẫn công khai, bàn và quyết định, lấy ý kiến nhân dân theo Luật Thực hiện dân chủ ở cơ sở.',
    topics: ['democracy'],
  },
  {
    type: 'CV',
    title: 'Về việc nắm tình hình tư tưởng của đồng bào dân tộc thiểu số',
    summary: 'Đề nghị các xã báo cáo tình hình đồng bào Ê-đê, M’nông.',
    topics: ['ethnic'],
  },
  {
    type: 'CTr',
    title: 'Chương trình phối hợp công tác tôn giáo năm 2026',
    summary: 'Phối hợp vận động chức sắc, chức việc các tôn giáo.',
    topics: ['religion'],
  },
  {
    type: 'KH',
    title: 'Kế hoạch đối thoại giữa người đứng đầu cấp ủy với nhân dân',
    summary: 'Tổ chức đối thoại trực tiếp tại các phường về giải phóng mặt bằng.',
    topics: ['land_clearance'],
  },
  {
    type: 'TB',
    title: 'Thông báo kết luận của Thường trực Tỉnh ủy về công tác giải phóng mặt bằng',
    summary: 'Kết luận về bồi thường, hỗ trợ tái định cư dự án đường vành đai.',
    topics: ['land_clearance'],
  },
  {
    type: 'NQ',
    title: 'Nghị quyết về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận',
    summary: 'Nâng cao hiệu quả công tác dân vận trong tình hình mới.',
    topics: ['party_building'],
  },
  {
    type: 'CT',
    title: 'Chỉ thị về đẩy mạnh công tác dân vận chính quyền',
    summary: 'Chính quyền thân thiện, vì nhân dân phục vụ.',
    topics: ['party_building'],
  },
  {
    type: 'KL',
    title: 'Kết luận về kết quả giám sát việc thực hiện dân chủ ở xã Tân Hòa',
    summary: 'Giám sát việc công khai ngân sách tại xã Tân Hoà.',
    topics: ['democracy'],
  },
  {
    type: 'BC',
    title: 'Báo cáo tình hình đơn thư khiếu nại, tố cáo quý III',
    summary: 'Tiếp nhận 42 đơn, đã giải quyết 35 đơn.',
    topics: ['petitions'],
  },
  {
    type: 'KH',
    title: 'Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc',
    summary: 'Tổ chức ngày hội tại các khu dân cư nhân dịp 18/11.',
    topics: ['mass_organisations'],
  },
  {
    type: 'HD',
    title: 'Hướng dẫn xây dựng mô hình "Dân vận khéo" trong lĩnh vực kinh tế',
    summary: 'Tiêu chí đăng ký, đánh giá, công nhận mô hình.',
    topics: ['skilled_mobilization'],
  },
  {
    type: 'CV',
    title: 'Về việc vận động nhân dân hiến đất làm đường giao thông nông thôn',
    summary: 'Vận động các hộ dân thôn Thuỷ Xuân hiến đất.',
    topics: ['new_rural'],
  },
  {
    type: 'BC',
    title: 'Báo cáo sơ kết 5 năm thực hiện Chỉ thị về công tác tôn giáo',
    summary: 'Đánh giá hoạt động của các cơ sở thờ tự, chức sắc tôn giáo.',
    topics: ['religion'],
  },
  {
    type: 'QĐ',
    title: 'Quyết định thành lập Tổ công tác dân vận thôn bản',
    summary: 'Kiện toàn tổ dân vận ở 12 thôn.',
    topics: ['party_building'],
  },
  {
    type: 'KH',
    title: 'Kế hoạch vận động Quỹ "Vì người nghèo" năm 2026',
    summary: 'Chỉ tiêu vận động 2 tỷ đồng, hỗ trợ xây nhà Đại đoàn kết.',
    topics: ['social_welfare'],
  },
  {
    type: 'BC',
    title: 'Báo cáo kết quả hỗ trợ hộ nghèo, hộ cận nghèo',
    summary: 'Trao 350 suất quà cho hộ nghèo dịp Tết.',
    topics: ['social_welfare'],
  },
  {
    type: 'CV',
    title: 'Về việc nắm dư luận xã hội về giá điện',
    summary: 'Tổng hợp ý kiến nhân dân về việc điều chỉnh giá điện.',
    topics: ['public_opinion'],
  },
  {
    type: 'TB',
    title: 'Thông báo ý kiến chỉ đạo về vụ việc khiếu kiện đông người tại phường 3',
    summary: 'Chỉ đạo đối thoại, giải quyết dứt điểm khiếu nại về đất đai.',
    topics: ['petitions', 'land_clearance'],
  },
  {
    type: 'HD',
    title: 'Hướng dẫn công tác dân vận trong lực lượng vũ trang',
    summary: 'Dân vận của Công an, Quân sự, Bộ đội Biên phòng.',
    topics: ['party_building'],
  },
  {
    type: 'KH',
    title: 'Kế hoạch kiểm tra, giám sát công tác dân vận năm 2026',
    summary: 'Kiểm tra 8 phường, 4 xã về thực hiện Quy chế công tác dân vận.',
    topics: ['party_building'],
  },
  {
    type: 'BC',
    title: 'Báo cáo tình hình đồng bào Khmer dịp Tết Chôl Chnăm Thmây',
    summary: 'Tình hình an ninh trật tự, đời sống đồng bào Khmer ổn định.',
    topics: ['ethnic'],
  },
  {
    type: 'CV',
    title: 'Về việc thăm, tặng quà Người có uy tín trong đồng bào dân tộc thiểu số',
    summary: 'Thăm hỏi già làng, trưởng bản, người có uy tín.',
    topics: ['ethnic'],
  },
  {
    type: 'NQ',
    title: 'Nghị quyết chuyên đề về xây dựng nông thôn mới kiểu mẫu',
    summary: 'Phát huy vai trò chủ thể của người dân trong xây dựng nông thôn mới.',
    topics: ['new_rural'],
  },
  {
    type: 'KH',
    title: 'Kế hoạch tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2022',
    summary: 'Phổ biến luật tới cán bộ, đảng viên và nhân dân.',
    topics: ['democracy'],
  },
  {
    type: 'BC',
    title: 'Báo cáo kết quả đối thoại của Chủ tịch UBND với nhân dân',
    summary: 'Nêu 58 ý kiến, đã trả lời trực tiếp 41 ý kiến.',
    topics: ['petitions'],
  },
  {
    type: 'CTr',
    title: 'Chương trình phối hợp giữa Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội',
    summary: 'Phối hợp giám sát và phản biện xã hội.',
    topics: ['mass_organisations'],
  },
  {
    type: 'KH',
    title: 'Kế hoạch giám sát của Mặt trận đối với việc giải quyết khiếu nại',
    summary: 'Giám sát tại UBND phường Hòa Bình.',
    topics: ['petitions'],
  },
  {
    type: 'CV',
    title: 'Về việc phòng chống thiên tai, bão lũ năm 2026',
    summary: 'Vận động nhân dân gia cố nhà cửa, sơ tán khi có bão.',
    topics: ['social_welfare'],
  },
  {
    type: 'BC',
    title: 'Báo cáo đánh giá mô hình "Chính quyền thân thiện, vì nhân dân phục vụ"',
    summary: 'Mô hình một cửa thân thiện tại phường 5.',
    topics: ['skilled_mobilization'],
  },
  {
    type: 'HD',
    title: 'Hướng dẫn đánh giá, xếp loại thực hiện dân chủ ở cơ sở',
    summary: 'Xếp loại tốt, khá, trung bình, yếu.',
    topics: ['democracy'],
  },
  {
    type: 'TB',
    title: 'Thông báo phân công nhiệm vụ các thành viên Khối dân vận',
    summary: 'Rõ người, rõ việc, rõ trách nhiệm, rõ thời gian.',
    topics: ['party_building'],
  },
  {
    type: 'KH',
    title: 'Kế hoạch khen thưởng tập thể, cá nhân điển hình "Dân vận khéo"',
    summary: 'Đề nghị tặng Kỷ niệm chương Vì sự nghiệp Dân vận.',
    topics: ['skilled_mobilization'],
  },
  {
    type: 'CV',
    title: 'Về việc góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh',
    summary: 'Tổ chức lấy ý kiến nhân dân góp ý dự thảo văn kiện.',
    topics: ['party_building'],
  },
  {
    type: 'BC',
    title: 'Báo cáo tình hình hoạt động tôn giáo trái pháp luật',
    summary: 'Phát hiện nhóm truyền đạo trái phép tại xã Đông Sơn.',
    topics: ['religion'],
  },
  {
    type: 'QĐ',
    title: 'Quyết định ban hành Quy chế làm việc của Ban Dân vận',
    summary: 'Quy chế làm việc nhiệm kỳ 2025–2030.',
    topics: ['party_building'],
  },
  {
    type: 'KH',
    title: 'Kế hoạch hỗ trợ đồng bào thuỷ điện tái định cư',
    summary: 'Hỗ trợ sinh kế cho hộ dân vùng lòng hồ thủy điện.',
    topics: ['ethnic', 'land_clearance'],
  },
  {
    type: 'CV',
    title: 'Về việc đôn đốc nộp báo cáo 9 tháng',
    summary: 'Các đơn vị chậm nộp báo cáo 9 tháng đề nghị khẩn trương.',
    topics: [],
  },
  {
    type: 'BC',
    title: 'Báo cáo kết quả thực hiện Quy định 11 về tiếp dân, đối thoại',
    summary: 'Người đứng đầu cấp ủy tiếp dân định kỳ hằng tháng.',
    topics: ['petitions'],
  },
  {
    type: 'HD',
    title: 'Hướng dẫn tổ chức hội nghị sơ kết, tổng kết công tác dân vận',
    summary: 'Thời gian tổ chức hội nghị tổng kết trước ngày 20/12.',
    topics: [],
  },
  {
    type: 'KH',
    title: 'Kế hoạch vận động đoàn viên thanh niên tham gia giữ gìn an ninh trật tự',
    summary: 'Thành lập đội thanh niên tình nguyện tuần tra.',
    topics: ['mass_organisations'],
  },
  {
    type: 'CV',
    title: 'Về việc xử lý thông tin sai sự thật trên mạng xã hội',
    summary: 'Định hướng dư luận, đấu tranh phản bác thông tin xấu độc.',
    topics: ['public_opinion'],
  },
  {
    type: 'NQ',
    title: 'Nghị quyết về công tác phụ nữ trong tình hình mới',
    summary: 'Hội Liên hiệp Phụ nữ vận động hội viên phát triển kinh tế.',
    topics: ['mass_organisations'],
  },
  {
    type: 'BC',
    title: 'Báo cáo kết quả phát triển hội viên Hội Nông dân',
    summary: 'Kết nạp mới 520 hội viên, đạt 104% kế hoạch.',
    topics: ['mass_organisations'],
  },
  {
    type: 'KH',
    title: 'Ke hoach to chuc tap huan nghiep vu dan van',
    summary: 'Tap huan cho can bo dan van xa, phuong (văn bản gõ không dấu).',
    topics: [],
  },
  {
    type: 'CV',
    title: 'Về việc kiểm tra công tác bồi thường giải phóng mặt bằng khu công nghiệp',
    summary: 'Đoàn kiểm tra làm việc với các hộ dân bị thu hồi đất.',
    topics: ['land_clearance'],
  },
  {
    type: 'TB',
    title: 'Thông báo lịch tiếp công dân của Bí thư Tỉnh ủy',
    summary: 'Tiếp công dân vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân.',
    topics: ['petitions'],
  },
  {
    type: 'BC',
    title: 'Báo cáo chuyên đề về công tác dân vận ở vùng đồng bào Công giáo',
    summary: 'Vận động đồng bào Công giáo sống tốt đời, đẹp đạo.',
    topics: ['religion'],
  },
  {
    type: 'KH',
    title: 'Kế hoạch thực hiện Đề án nâng cao chất lượng hoạt động của Khối dân vận',
    summary: 'Nâng cao năng lực đội ngũ cán bộ làm công tác dân vận ở cơ sở.',
    topics: ['party_building'],
  },
];

/** Queries as officials type them (often without accents), with documents that must be among the hits. */
export const fixtureQueries: { query: string; mustFind: string[]; mustNotFind?: string[] }[] = [
  {
    query: 'dan van kheo',
    mustFind: [
      'Kế hoạch triển khai phong trào thi đua "Dân vận khéo" năm 2026',
      'Hướng dẫn xây dựng mô hình "Dân vận khéo" trong lĩnh vực kinh tế',
    ],
  },
  { query: 'Dân vận khéo', mustFind: ['Kế hoạch khen thưởng tập thể, cá nhân điển hình "Dân vận khéo"'] },
  {
    query: 'giai phong mat bang',
    mustFind: [
      'Thông báo kết luận của Thường trực Tỉnh ủy về công tác giải phóng mặt bằng',
      'Về việc kiểm tra công tác bồi thường giải phóng mặt bằng khu công nghiệp',
    ],
  },
  {
    query: 'dan chu o co so',
    mustFind: ['Hướng dẫn thực hiện Quy chế dân chủ ở cơ sở', 'Hướng dẫn đánh giá, xếp loại thực hiện dân chủ ở cơ sở'],
  },
  { query: 'tan hoa', mustFind: ['Kết luận về kết quả giám sát việc thực hiện dân chủ ở xã Tân Hòa'] },
  { query: 'Tân Hoà', mustFind: ['Kết luận về kết quả giám sát việc thực hiện dân chủ ở xã Tân Hòa'] },
  { query: 'thủy điện', mustFind: ['Kế hoạch hỗ trợ đồng bào thuỷ điện tái định cư'] },
  { query: 'thuy xuan', mustFind: ['Về việc vận động nhân dân hiến đất làm đường giao thông nông thôn'] },
  {
    query: 'DANG',
    mustFind: [
      'Nghị quyết về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận',
      'Về việc góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh',
    ],
  },
  {
    query: 'đối thoại',
    mustFind: [
      'Kế hoạch đối thoại giữa người đứng đầu cấp ủy với nhân dân',
      'Báo cáo kết quả đối thoại của Chủ tịch UBND với nhân dân',
    ],
  },
  { query: 'khieu nai to cao', mustFind: ['Báo cáo tình hình đơn thư khiếu nại, tố cáo quý III'] },
  {
    query: 'ton giao',
    mustFind: [
      'Chương trình phối hợp công tác tôn giáo năm 2026',
      'Báo cáo tình hình hoạt động tôn giáo trái pháp luật',
    ],
    mustNotFind: ['Kế hoạch vận động Quỹ "Vì người nghèo" năm 2026'],
  },
  {
    query: 'dong bao dan toc thieu so',
    mustFind: [
      'Về việc nắm tình hình tư tưởng của đồng bào dân tộc thiểu số',
      'Về việc thăm, tặng quà Người có uy tín trong đồng bào dân tộc thiểu số',
    ],
  },
  { query: 'vi nguoi ngheo', mustFind: ['Kế hoạch vận động Quỹ "Vì người nghèo" năm 2026'] },
  { query: 'tap huan dan van', mustFind: ['Ke hoach to chuc tap huan nghiep vu dan van'] },
  { query: 'Tập huấn nghiệp vụ', mustFind: ['Ke hoach to chuc tap huan nghiep vu dan van'] },
  { query: 'du luan xa hoi', mustFind: ['Về việc nắm dư luận xã hội về giá điện'] },
  {
    query: 'chinh quyen than thien',
    mustFind: [
      'Chỉ thị về đẩy mạnh công tác dân vận chính quyền',
      'Báo cáo đánh giá mô hình "Chính quyền thân thiện, vì nhân dân phục vụ"',
    ],
  },
  { query: 'doi thaoi', mustFind: ['Kế hoạch đối thoại giữa người đứng đầu cấp ủy với nhân dân'] },
  {
    query: 'giai phong mat bnag',
    mustFind: ['Thông báo kết luận của Thường trực Tỉnh ủy về công tác giải phóng mặt bằng'],
  },
  { query: 'khieu nai to coa', mustFind: ['Báo cáo tình hình đơn thư khiếu nại, tố cáo quý III'] },
  { query: 'tôn giso', mustFind: ['Chương trình phối hợp công tác tôn giáo năm 2026'] },
  { query: 'khmer', mustFind: ['Báo cáo tình hình đồng bào Khmer dịp Tết Chôl Chnăm Thmây'] },
];
