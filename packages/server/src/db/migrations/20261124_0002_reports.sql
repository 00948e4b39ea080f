-- Periodic reports: indicator catalogue (versioned by year), reporting rounds, reports and their
-- values, and per-unit aggregates maintained at approval time.

CREATE TABLE indicators (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  code text NOT NULL CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
  name_vi text NOT NULL,
  name_en text NOT NULL,
  unit_vi text NOT NULL,
  section text NOT NULL,
  -- sum: Σ over units and months; max; latest: the period's last value (a stock), Σ over units;
  -- weighted_avg: Σ(value × weight) / Σ weight; ratio: 100 × numerator / denominator of two indicators;
  -- coverage: Σ taking part / Σ total, shown "8/8".
  aggregation text NOT NULL CHECK (aggregation IN ('sum', 'max', 'latest', 'weighted_avg', 'ratio', 'coverage')),
  weight_code text,
  numerator_code text,
  denominator_code text,
  computed_key text,
  sort_order integer NOT NULL,
  UNIQUE (year, code),
  CHECK ((aggregation = 'weighted_avg') = (weight_code IS NOT NULL)),
  CHECK ((aggregation = 'ratio') = (numerator_code IS NOT NULL AND denominator_code IS NOT NULL))
);

CREATE TABLE reporting_rounds (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  opener_unit_id integer NOT NULL REFERENCES units(id),
  -- As it was when the round opened; units below the opener cannot read the opener's unit row.
  opener_name text NOT NULL,
  template text NOT NULL CHECK (template IN ('monthly', 'quarterly', 'six_month', 'nine_month', 'annual')),
  year integer NOT NULL,
  -- Which month, quarter… for monthly and quarterly rounds; 1 otherwise.
  period_index integer NOT NULL DEFAULT 1,
  title text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL CHECK (period_end >= period_start),
  deadline date NOT NULL,
  reporting_unit_types text[] NOT NULL,
  -- The rules in force when the round opened: later catalogue edits never rewrite its figures.
  indicator_snapshot jsonb NOT NULL,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reporting_rounds_opener_idx ON reporting_rounds (opener_unit_id);

CREATE TABLE reports (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id integer NOT NULL REFERENCES reporting_rounds(id),
  unit_id integer NOT NULL REFERENCES units(id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
  version integer NOT NULL DEFAULT 1,
  narrative jsonb NOT NULL DEFAULT '{}',
  return_comment text,
  submitted_at timestamptz,
  approved_at timestamptz,
  approved_by integer REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (round_id, unit_id)
);
CREATE INDEX reports_unit_idx ON reports (unit_id);

CREATE TABLE report_values (
  report_id integer NOT NULL REFERENCES reports(id),
  indicator_code text NOT NULL,
  value numeric,
  -- The "out of" part of a coverage indicator (8 of 8 communes).
  denominator numeric,
  source text NOT NULL DEFAULT 'entered' CHECK (source IN ('entered', 'computed', 'adjusted')),
  -- Why a computed figure was changed by hand.
  adjust_reason text,
  computed_value numeric,
  PRIMARY KEY (report_id, indicator_code)
);

-- Earlier versions of a report, kept when an approved report is reopened for correction.
CREATE TABLE report_versions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id integer NOT NULL REFERENCES reports(id),
  version integer NOT NULL,
  snapshot jsonb NOT NULL,
  reason text NOT NULL,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (report_id, version)
);

-- Subtree totals of approved reports, per unit, period and indicator: every approval adds its
-- figures to the unit and all its ancestors in the same transaction, so rollups read a handful
-- of rows instead of scanning the tree, and are never stale.
CREATE TABLE rollup_totals (
  unit_id integer NOT NULL REFERENCES units(id),
  template text NOT NULL,
  year integer NOT NULL,
  period_index integer NOT NULL,
  indicator_code text NOT NULL,
  value_sum numeric NOT NULL DEFAULT 0,
  denominator_sum numeric NOT NULL DEFAULT 0,
  value_max numeric,
  weighted_sum numeric NOT NULL DEFAULT 0,
  weight_sum numeric NOT NULL DEFAULT 0,
  reports integer NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, template, year, period_index, indicator_code)
);

GRANT SELECT ON indicators TO danvan_app;
GRANT SELECT, INSERT, UPDATE ON reporting_rounds, reports, report_values, report_versions, rollup_totals TO danvan_app;
GRANT DELETE ON rollup_totals TO danvan_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO danvan_app;

ALTER TABLE reporting_rounds ENABLE ROW LEVEL SECURITY;
ALTER TABLE reports ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_values ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE rollup_totals ENABLE ROW LEVEL SECURITY;

-- The default catalogue (docs/design/REPORTS.md, DOMAIN.md), for the previous, current and next year.
INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, weight_code, numerator_code, denominator_code, computed_key, sort_order)
SELECT y.year, c.* FROM (VALUES
  ('VB_TONG', 'Văn bản lãnh đạo, chỉ đạo đã ban hành, tham mưu', 'Documents issued or advised on', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 1),
  ('VB_NQ', 'Nghị quyết', 'Resolutions', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 2),
  ('VB_CT', 'Chỉ thị', 'Directives', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 3),
  ('VB_KL', 'Kết luận', 'Conclusions', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 4),
  ('VB_CTR', 'Chương trình', 'Programs', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 5),
  ('VB_KH', 'Kế hoạch', 'Plans', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 6),
  ('VB_HD', 'Hướng dẫn', 'Guidance', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 7),
  ('VB_BC', 'Báo cáo', 'Reports', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 8),
  ('VB_CV', 'Công văn', 'Official letters', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 9),
  ('VB_QD', 'Quyết định', 'Decisions', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 10),
  ('VB_TB', 'Thông báo', 'Notices', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 11),
  ('KT_GS', 'Cuộc kiểm tra, giám sát công tác dân vận', 'Inspections and supervisions of mass-mobilization work', 'cuộc', 'leadership', 'sum', NULL, NULL, NULL, NULL, 12),
  ('SK_TK', 'Chỉ thị, nghị quyết được sơ kết, tổng kết', 'Directives and resolutions reviewed', 'văn bản', 'leadership', 'sum', NULL, NULL, NULL, NULL, 13),
  ('HN_QT', 'Hội nghị quán triệt, triển khai', 'Briefings to disseminate', 'cuộc', 'leadership', 'sum', NULL, NULL, NULL, NULL, 14),
  ('HN_QT_NGUOI', 'Lượt người dự hội nghị quán triệt', 'Briefing attendees', 'lượt người', 'leadership', 'sum', NULL, NULL, NULL, NULL, 15),
  ('DV_TRIEN_KHAI', 'Đơn vị đã triển khai chỉ thị, nghị quyết', 'Units that have deployed the directives', 'đơn vị', 'leadership', 'coverage', NULL, NULL, NULL, NULL, 16),
  ('TCD_LUOT', 'Tiếp công dân', 'Citizen receptions', 'lượt', 'government', 'sum', NULL, NULL, NULL, NULL, 17),
  ('TCD_NGUOI', 'Người được tiếp', 'People received', 'người', 'government', 'sum', NULL, NULL, NULL, NULL, 18),
  ('TCD_DOAN', 'Đoàn đông người', 'Group petitions', 'đoàn', 'government', 'sum', NULL, NULL, NULL, NULL, 19),
  ('DT_CUOC', 'Cuộc đối thoại giữa người đứng đầu với nhân dân', 'Leader–citizen dialogues', 'cuộc', 'government', 'sum', NULL, NULL, NULL, NULL, 20),
  ('DT_NGUOI', 'Người tham dự đối thoại', 'Dialogue participants', 'người', 'government', 'sum', NULL, NULL, NULL, NULL, 21),
  ('DT_YKIEN', 'Ý kiến nêu tại đối thoại', 'Opinions raised at dialogues', 'ý kiến', 'government', 'sum', NULL, NULL, NULL, NULL, 22),
  ('DT_YKIEN_GQ', 'Ý kiến đã được giải quyết', 'Opinions resolved', 'ý kiến', 'government', 'sum', NULL, NULL, NULL, NULL, 23),
  ('DT_TYLE_GQ', 'Tỷ lệ ý kiến được giải quyết', 'Share of opinions resolved', '%', 'government', 'ratio', NULL, 'DT_YKIEN_GQ', 'DT_YKIEN', NULL, 24),
  ('DT_XA_DA_DT', 'Xã, phường đã tổ chức đối thoại theo quy định', 'Communes that held the required dialogue', 'xã', 'government', 'coverage', NULL, NULL, NULL, NULL, 25),
  ('HC_DUNG_HAN', 'Hồ sơ thủ tục hành chính giải quyết đúng hạn', 'Administrative cases resolved on time', 'hồ sơ', 'government', 'coverage', NULL, NULL, NULL, NULL, 26),
  ('DON_NHAN', 'Đơn thư tiếp nhận', 'Petitions received', 'đơn', 'petitions', 'sum', NULL, NULL, NULL, NULL, 27),
  ('DON_THAM_QUYEN', 'Đơn thuộc thẩm quyền', 'Petitions within jurisdiction', 'đơn', 'petitions', 'sum', NULL, NULL, NULL, NULL, 28),
  ('DON_GQ', 'Đơn đã giải quyết', 'Petitions resolved', 'đơn', 'petitions', 'sum', NULL, NULL, NULL, NULL, 29),
  ('DON_QUA_HAN', 'Đơn quá hạn giải quyết', 'Petitions overdue', 'đơn', 'petitions', 'sum', NULL, NULL, NULL, NULL, 30),
  ('DON_TYLE_GQ', 'Tỷ lệ giải quyết đơn thuộc thẩm quyền', 'Resolution rate of petitions within jurisdiction', '%', 'petitions', 'ratio', NULL, 'DON_GQ', 'DON_THAM_QUYEN', NULL, 31),
  ('MH_DANG_KY', 'Mô hình "Dân vận khéo" đăng ký', '"Skilled mass mobilization" models registered', 'mô hình', 'dvk', 'sum', NULL, NULL, NULL, NULL, 32),
  ('MH_CONG_NHAN', 'Mô hình được công nhận', 'Models recognised', 'mô hình', 'dvk', 'sum', NULL, NULL, NULL, NULL, 33),
  ('MH_KINH_TE', 'Mô hình lĩnh vực kinh tế', 'Models in the economy', 'mô hình', 'dvk', 'sum', NULL, NULL, NULL, NULL, 34),
  ('MH_VHXH', 'Mô hình lĩnh vực văn hóa – xã hội', 'Models in culture and society', 'mô hình', 'dvk', 'sum', NULL, NULL, NULL, NULL, 35),
  ('MH_QPAN', 'Mô hình lĩnh vực quốc phòng – an ninh', 'Models in defense and security', 'mô hình', 'dvk', 'sum', NULL, NULL, NULL, NULL, 36),
  ('MH_XDHTCT', 'Mô hình xây dựng Đảng, hệ thống chính trị', 'Models in Party and political-system building', 'mô hình', 'dvk', 'sum', NULL, NULL, NULL, NULL, 37),
  ('DH_CA_NHAN', 'Điển hình cá nhân "Dân vận khéo"', 'Individual exemplars', 'điển hình', 'dvk', 'sum', NULL, NULL, NULL, NULL, 38),
  ('DV_THAM_GIA_DVK', 'Đơn vị tham gia phong trào "Dân vận khéo"', 'Units taking part in the movement', 'đơn vị', 'dvk', 'coverage', NULL, NULL, NULL, NULL, 39),
  ('HV_TONG', 'Tổng số đoàn viên, hội viên', 'Members of the mass organisations', 'người', 'front', 'latest', NULL, NULL, NULL, NULL, 40),
  ('HV_MOI', 'Đoàn viên, hội viên kết nạp mới', 'New members admitted', 'người', 'front', 'sum', NULL, NULL, NULL, NULL, 41),
  ('HV_RA', 'Đoàn viên, hội viên ra khỏi tổ chức', 'Members who left', 'người', 'front', 'sum', NULL, NULL, NULL, NULL, 42),
  ('HV_GT_DANG', 'Đoàn viên, hội viên ưu tú giới thiệu cho Đảng', 'Outstanding members referred to the Party', 'người', 'front', 'sum', NULL, NULL, NULL, NULL, 43),
  ('GS_MT', 'Cuộc giám sát của Mặt trận, đoàn thể', 'Supervisions by the Front and organisations', 'cuộc', 'front', 'sum', NULL, NULL, NULL, NULL, 44),
  ('PB_MT', 'Hội nghị phản biện xã hội', 'Social critiques', 'cuộc', 'front', 'sum', NULL, NULL, NULL, NULL, 45),
  ('YK_XD_DANG', 'Ý kiến góp ý xây dựng Đảng, chính quyền', 'Opinions on Party and government building', 'ý kiến', 'front', 'sum', NULL, NULL, NULL, NULL, 46),
  ('QUY_VNN', 'Quỹ "Vì người nghèo" vận động được', '"For the poor" fund raised', 'triệu đồng', 'front', 'sum', NULL, NULL, NULL, NULL, 47),
  ('QUY_VNN_KH', 'Kế hoạch vận động Quỹ "Vì người nghèo"', '"For the poor" fund target', 'triệu đồng', 'front', 'sum', NULL, NULL, NULL, NULL, 48),
  ('QUY_VNN_TYLE', 'Tỷ lệ hoàn thành kế hoạch Quỹ "Vì người nghèo"', 'Share of the fund target reached', '%', 'front', 'ratio', NULL, 'QUY_VNN', 'QUY_VNN_KH', NULL, 49),
  ('NHA_DDK', 'Nhà "Đại đoàn kết" xây mới, sửa chữa', 'Solidarity houses built or repaired', 'căn', 'front', 'sum', NULL, NULL, NULL, NULL, 50),
  ('HO_VAN_HOA', 'Hộ đạt danh hiệu "Gia đình văn hóa"', 'Households recognised as cultured families', 'hộ', 'front', 'coverage', NULL, NULL, NULL, NULL, 51),
  ('DC_CONG_KHAI', 'Nội dung công khai để nhân dân biết', 'Items made public', 'nội dung', 'democracy', 'sum', NULL, NULL, NULL, NULL, 52),
  ('DC_BAN_QD', 'Nội dung nhân dân bàn và quyết định', 'Matters the people discussed and decided', 'nội dung', 'democracy', 'sum', NULL, NULL, NULL, NULL, 53),
  ('DC_LAY_YK', 'Nội dung lấy ý kiến nhân dân', 'Matters the people were consulted on', 'nội dung', 'democracy', 'sum', NULL, NULL, NULL, NULL, 54),
  ('DC_HOP', 'Cuộc họp thôn, tổ dân phố', 'Village and residential-group meetings', 'cuộc', 'democracy', 'sum', NULL, NULL, NULL, NULL, 55),
  ('HOA_GIAI_VIEN', 'Hòa giải viên ở cơ sở', 'Grassroots mediators', 'người', 'democracy', 'latest', NULL, NULL, NULL, NULL, 56),
  ('HOA_GIAI_THANH', 'Vụ việc hòa giải thành', 'Mediation cases settled', 'vụ', 'democracy', 'coverage', NULL, NULL, NULL, NULL, 57),
  ('HUONG_UOC', 'Hương ước, quy ước xây dựng, sửa đổi', 'Village covenants adopted or amended', 'bản', 'democracy', 'sum', NULL, NULL, NULL, NULL, 58),
  ('KS_PHIEU', 'Phiếu khảo sát sự hài lòng của người dân', 'Satisfaction survey responses', 'phiếu', 'democracy', 'sum', NULL, NULL, NULL, NULL, 59),
  ('KS_DIEM', 'Điểm hài lòng bình quân', 'Average satisfaction score', 'điểm', 'democracy', 'weighted_avg', 'KS_PHIEU', NULL, NULL, NULL, 60),
  ('TG_THAM', 'Lượt thăm, tặng quà cơ sở tôn giáo, chức sắc', 'Visits to religious establishments and dignitaries', 'lượt', 'ethnic_religion', 'sum', NULL, NULL, NULL, NULL, 61),
  ('TG_SU_VIEC', 'Sự việc liên quan tôn giáo được nắm, xử lý', 'Religious incidents followed up', 'vụ', 'ethnic_religion', 'sum', NULL, NULL, NULL, NULL, 62),
  ('NGUOI_UY_TIN', 'Người có uy tín trong đồng bào dân tộc thiểu số được thăm hỏi', 'Prestigious ethnic-minority elders visited', 'người', 'ethnic_religion', 'sum', NULL, NULL, NULL, NULL, 63),
  ('DIEM_NONG_MUC', 'Mức độ phức tạp cao nhất của điểm nóng (1–3)', 'Highest severity of hot spots (1–3)', 'mức', 'ethnic_religion', 'max', NULL, NULL, NULL, NULL, 64),
  ('KT_TAP_THE', 'Tập thể được khen thưởng', 'Collectives commended', 'tập thể', 'commendation', 'sum', NULL, NULL, NULL, NULL, 65),
  ('KT_CA_NHAN', 'Cá nhân được khen thưởng', 'Individuals commended', 'cá nhân', 'commendation', 'sum', NULL, NULL, NULL, NULL, 66),
  ('KNC_DAN_VAN', 'Kỷ niệm chương "Vì sự nghiệp Dân vận"', '"For the cause of mass mobilization" medals', 'người', 'commendation', 'sum', NULL, NULL, NULL, NULL, 67),
  ('HO_DAN', 'Số hộ dân', 'Households', 'hộ', 'context', 'latest', NULL, NULL, NULL, NULL, 68),
  ('NHAN_KHAU', 'Số nhân khẩu', 'Residents', 'người', 'context', 'latest', NULL, NULL, NULL, NULL, 69),
  ('HO_NGHEO', 'Hộ nghèo', 'Poor households', 'hộ', 'context', 'latest', NULL, NULL, NULL, NULL, 70),
  ('HO_NGHEO_TYLE', 'Tỷ lệ hộ nghèo', 'Poverty rate', '%', 'context', 'ratio', NULL, 'HO_NGHEO', 'HO_DAN', NULL, 71),
  ('DV_KHU_DAN_CU', 'Thôn, tổ dân phố đang hoạt động', 'Villages and residential groups', 'thôn, tổ', 'context', 'latest', NULL, NULL, NULL, 'units.residential_areas', 72),
  ('DV_DOAN_THE', 'Tổ chức Mặt trận, đoàn thể đang hoạt động', 'Front and member organisations', 'tổ chức', 'context', 'latest', NULL, NULL, NULL, 'units.member_organisations', 73)
) AS c(code, name_vi, name_en, unit_vi, section, aggregation, weight_code, numerator_code, denominator_code, computed_key, sort_order)
CROSS JOIN (VALUES (2025), (2026), (2027)) AS y(year);
