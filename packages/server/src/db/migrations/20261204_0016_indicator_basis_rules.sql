-- Whose figure an indicator is, how the narrative says it, and what a believable value is
-- (issue 9). Versioned with the catalogue: each year's rows carry their own, and a round keeps
-- the snapshot it was opened with.
--   basis: 'body' — the reporting body's own work (documents it issued or advised on, inspections
--          it led, dialogues its leaders held): a report shows its own figure and the area's total
--          beside it; 'area' — what happened across the area (members, households, models).
--   phrase_vi: a verb phrase with its measure, "{n}" standing for the figure ("tổ chức {n} cuộc …": a
--          number, "8/8" for a coverage, "89,29%" for a rate) and "{units}" for the units that report
--          below ("8/8 {units} tham gia …" → "8/8 phường, xã tham gia …").
--   part_of / part_kind: a breakdown of another indicator, by type ('part', "gồm 2 chương trình, …")
--          or by topic ('topic', "tập trung vào công tác …").
--   is_key: shown in the body of the Word document; the rest go to the annex.
--   min_value, max_value, whole: what an entered value may be; at_most_code: the value may not
--          exceed that indicator's (resolved ≤ received); warn_change_percent and warn_change_min:
--          a change against last year beyond both asks for an explanation.
ALTER TABLE indicators
  ADD COLUMN basis text NOT NULL DEFAULT 'area' CHECK (basis IN ('body', 'area')),
  ADD COLUMN phrase_vi text,
  ADD COLUMN part_of text,
  ADD COLUMN part_kind text NOT NULL DEFAULT 'part' CHECK (part_kind IN ('part', 'topic')),
  ADD COLUMN is_key boolean NOT NULL DEFAULT false,
  ADD COLUMN min_value numeric,
  ADD COLUMN max_value numeric,
  ADD COLUMN whole boolean NOT NULL DEFAULT true,
  ADD COLUMN at_most_code text,
  ADD COLUMN warn_change_percent numeric,
  ADD COLUMN warn_change_min numeric,
  ADD CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value);

-- The default catalogue, revised: every year that has it.
UPDATE indicators i SET
  basis = d.basis, phrase_vi = d.phrase, part_of = d.part_of, is_key = d.is_key,
  min_value = 0, max_value = d.max_value, whole = d.whole, at_most_code = d.at_most,
  warn_change_percent = CASE WHEN i.aggregation IN ('sum', 'latest', 'coverage') THEN 50 END,
  warn_change_min = CASE WHEN i.aggregation IN ('sum', 'latest', 'coverage') THEN 10 END
FROM (VALUES
  ('VB_TONG', 'body', 'tham mưu ban hành {n} văn bản lãnh đạo, chỉ đạo', NULL, true, NULL::numeric, true, NULL),
  ('VB_NQ', 'body', '{n} nghị quyết', 'VB_TONG', false, NULL, true, 'VB_TONG'),
  ('VB_CT', 'body', '{n} chỉ thị', 'VB_TONG', false, NULL, true, 'VB_TONG'),
  ('VB_KL', 'body', '{n} kết luận', 'VB_TONG', false, NULL, true, 'VB_TONG'),
  ('VB_CTR', 'body', '{n} chương trình', 'VB_TONG', false, NULL, true, 'VB_TONG'),
  ('VB_KH', 'body', '{n} kế hoạch', 'VB_TONG', false, NULL, true, 'VB_TONG'),
  ('VB_HD', 'body', '{n} hướng dẫn', 'VB_TONG', false, NULL, true, 'VB_TONG'),
  ('VB_BC', 'body', '{n} báo cáo', 'VB_TONG', false, NULL, true, 'VB_TONG'),
  ('VB_CV', 'body', '{n} công văn', 'VB_TONG', false, NULL, true, 'VB_TONG'),
  ('VB_QD', 'body', '{n} quyết định', 'VB_TONG', false, NULL, true, 'VB_TONG'),
  ('VB_TB', 'body', '{n} thông báo', 'VB_TONG', false, NULL, true, 'VB_TONG'),
  ('KT_GS', 'body', 'tổ chức {n} cuộc kiểm tra, giám sát công tác dân vận', NULL, true, NULL, true, NULL),
  ('SK_TK', 'body', 'sơ kết, tổng kết {n} chỉ thị, nghị quyết', NULL, false, NULL, true, NULL),
  ('HN_QT', 'body', 'tổ chức {n} hội nghị quán triệt, triển khai', NULL, true, NULL, true, NULL),
  ('HN_QT_NGUOI', 'body', 'với {n} lượt người tham dự', NULL, false, NULL, true, NULL),
  ('DV_TRIEN_KHAI', 'area', '{n} {units} đã triển khai thực hiện các chỉ thị, nghị quyết', NULL, false, NULL, true, NULL),
  ('TCD_LUOT', 'area', 'tiếp {n} lượt công dân', NULL, true, NULL, true, NULL),
  ('TCD_NGUOI', 'area', 'với {n} người', NULL, false, NULL, true, NULL),
  ('TCD_DOAN', 'area', 'tiếp {n} đoàn đông người', NULL, false, NULL, true, 'TCD_LUOT'),
  ('DT_CUOC', 'body', 'tổ chức {n} cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân', NULL, true, NULL, true, NULL),
  ('DT_NGUOI', 'body', 'có {n} người tham dự', NULL, false, NULL, true, NULL),
  ('DT_YKIEN', 'body', 'tiếp nhận {n} ý kiến', NULL, false, NULL, true, NULL),
  ('DT_YKIEN_GQ', 'body', 'đã giải quyết, trả lời {n} ý kiến', NULL, false, NULL, true, 'DT_YKIEN'),
  ('DT_TYLE_GQ', 'body', 'đạt tỷ lệ {n}', NULL, false, 100, false, NULL),
  ('DT_XA_DA_DT', 'area', '{n} {units} đã tổ chức đối thoại theo quy định', NULL, false, NULL, true, NULL),
  ('HC_DUNG_HAN', 'area', 'giải quyết đúng hạn {n} hồ sơ thủ tục hành chính', NULL, false, NULL, true, NULL),
  ('DON_NHAN', 'area', 'tiếp nhận {n} đơn thư', NULL, true, NULL, true, NULL),
  ('DON_THAM_QUYEN', 'area', '{n} đơn thuộc thẩm quyền', NULL, false, NULL, true, 'DON_NHAN'),
  ('DON_GQ', 'area', 'đã giải quyết {n} đơn', NULL, false, NULL, true, 'DON_THAM_QUYEN'),
  ('DON_QUA_HAN', 'area', 'còn {n} đơn quá hạn giải quyết', NULL, false, NULL, true, 'DON_THAM_QUYEN'),
  ('DON_TYLE_GQ', 'area', 'đạt tỷ lệ {n}', NULL, false, 100, false, NULL),
  ('MH_DANG_KY', 'area', 'đăng ký {n} mô hình "Dân vận khéo"', NULL, true, NULL, true, NULL),
  ('MH_CONG_NHAN', 'area', '{n} mô hình được công nhận', NULL, true, NULL, true, NULL),
  ('MH_KINH_TE', 'area', '{n} mô hình lĩnh vực kinh tế', 'MH_DANG_KY', false, NULL, true, 'MH_DANG_KY'),
  ('MH_VHXH', 'area', '{n} mô hình lĩnh vực văn hóa – xã hội', 'MH_DANG_KY', false, NULL, true, 'MH_DANG_KY'),
  ('MH_QPAN', 'area', '{n} mô hình lĩnh vực quốc phòng – an ninh', 'MH_DANG_KY', false, NULL, true, 'MH_DANG_KY'),
  ('MH_XDHTCT', 'area', '{n} mô hình xây dựng Đảng, hệ thống chính trị', 'MH_DANG_KY', false, NULL, true, 'MH_DANG_KY'),
  ('DH_CA_NHAN', 'area', 'xây dựng {n} điển hình cá nhân "Dân vận khéo"', NULL, false, NULL, true, NULL),
  ('DV_THAM_GIA_DVK', 'area', '{n} {units} tham gia phong trào thi đua "Dân vận khéo"', NULL, true, NULL, true, NULL),
  ('HV_TONG', 'area', 'có tổng số {n} đoàn viên, hội viên', NULL, true, NULL, true, NULL),
  ('HV_MOI', 'area', 'kết nạp mới {n} đoàn viên, hội viên', NULL, true, NULL, true, 'HV_TONG'),
  ('HV_RA', 'area', '{n} đoàn viên, hội viên ra khỏi tổ chức', NULL, false, NULL, true, NULL),
  ('HV_GT_DANG', 'area', 'giới thiệu {n} đoàn viên, hội viên ưu tú cho Đảng xem xét kết nạp', NULL, false, NULL, true, NULL),
  ('GS_MT', 'area', 'tổ chức {n} cuộc giám sát', NULL, false, NULL, true, NULL),
  ('PB_MT', 'area', 'tổ chức {n} hội nghị phản biện xã hội', NULL, false, NULL, true, NULL),
  ('YK_XD_DANG', 'area', 'đóng góp {n} ý kiến xây dựng Đảng, chính quyền', NULL, false, NULL, true, NULL),
  ('QUY_VNN', 'area', 'vận động Quỹ "Vì người nghèo" được {n} triệu đồng', NULL, true, NULL, false, NULL),
  ('QUY_VNN_KH', 'area', NULL, NULL, false, NULL, false, NULL),
  ('QUY_VNN_TYLE', 'area', 'đạt {n} kế hoạch', NULL, false, NULL, false, NULL),
  ('NHA_DDK', 'area', 'xây mới, sửa chữa {n} nhà "Đại đoàn kết"', NULL, false, NULL, true, NULL),
  ('HO_VAN_HOA', 'area', '{n} hộ đạt danh hiệu "Gia đình văn hóa"', NULL, false, NULL, true, NULL),
  ('DC_CONG_KHAI', 'area', 'công khai {n} nội dung để Nhân dân biết', NULL, true, NULL, true, NULL),
  ('DC_BAN_QD', 'area', 'Nhân dân bàn và quyết định {n} nội dung', NULL, false, NULL, true, NULL),
  ('DC_LAY_YK', 'area', 'lấy ý kiến Nhân dân về {n} nội dung', NULL, false, NULL, true, NULL),
  ('DC_HOP', 'area', 'tổ chức {n} cuộc họp thôn, tổ dân phố', NULL, false, NULL, true, NULL),
  ('HOA_GIAI_VIEN', 'area', 'có {n} hòa giải viên ở cơ sở', NULL, false, NULL, true, NULL),
  ('HOA_GIAI_THANH', 'area', 'hòa giải thành {n} vụ việc', NULL, false, NULL, true, NULL),
  ('HUONG_UOC', 'area', 'xây dựng, sửa đổi {n} hương ước, quy ước', NULL, false, NULL, true, NULL),
  ('KS_PHIEU', 'area', 'thu về {n} phiếu khảo sát sự hài lòng của người dân', NULL, false, NULL, true, NULL),
  ('KS_DIEM', 'area', 'điểm hài lòng bình quân đạt {n} điểm', NULL, false, 100, false, NULL),
  ('TG_THAM', 'area', 'thăm, tặng quà {n} lượt cơ sở tôn giáo, chức sắc', NULL, false, NULL, true, NULL),
  ('TG_SU_VIEC', 'area', 'nắm, xử lý {n} vụ việc liên quan đến tôn giáo', NULL, false, NULL, true, NULL),
  ('NGUOI_UY_TIN', 'area', 'thăm hỏi {n} người có uy tín trong đồng bào dân tộc thiểu số', NULL, false, NULL, true, NULL),
  ('DIEM_NONG_MUC', 'area', NULL, NULL, false, 3, true, NULL),
  ('KT_TAP_THE', 'area', 'khen thưởng {n} tập thể', NULL, false, NULL, true, NULL),
  ('KT_CA_NHAN', 'area', 'khen thưởng {n} cá nhân', NULL, false, NULL, true, NULL),
  ('KNC_DAN_VAN', 'area', '{n} người được tặng Kỷ niệm chương "Vì sự nghiệp Dân vận"', NULL, false, NULL, true, NULL),
  ('HO_DAN', 'area', 'có {n} hộ', NULL, true, NULL, true, NULL),
  ('NHAN_KHAU', 'area', '{n} nhân khẩu', NULL, true, NULL, true, NULL),
  ('HO_NGHEO', 'area', '{n} hộ nghèo', NULL, true, NULL, true, 'HO_DAN'),
  ('HO_NGHEO_TYLE', 'area', 'chiếm {n}', NULL, false, 100, false, NULL),
  ('DV_KHU_DAN_CU', 'area', '{n} thôn, tổ dân phố', NULL, false, NULL, true, NULL),
  ('DV_DOAN_THE', 'area', '{n} tổ chức Mặt trận, đoàn thể', NULL, false, NULL, true, NULL),
  ('DC_XL_TOT', 'area', 'có {n} đơn vị thực hiện dân chủ ở cơ sở xếp loại tốt', NULL, false, NULL, true, NULL),
  ('DC_XL_KHA', 'area', '{n} đơn vị xếp loại khá', NULL, false, NULL, true, NULL),
  ('DC_XL_TB', 'area', '{n} đơn vị xếp loại trung bình', NULL, false, NULL, true, NULL),
  ('DC_XL_YEU', 'area', '{n} đơn vị xếp loại yếu', NULL, false, NULL, true, NULL)
) AS d(code, basis, phrase, part_of, is_key, max_value, whole, at_most)
WHERE i.code = d.code;
UPDATE indicators SET min_value = 1 WHERE code = 'DIEM_NONG_MUC';

-- A drafted narrative remembers the figures it was drafted from, so the form can tell when they
-- have changed since (a late approval, a correction) and the text is out of date.
ALTER TABLE reports ADD COLUMN narrative_basis jsonb;
