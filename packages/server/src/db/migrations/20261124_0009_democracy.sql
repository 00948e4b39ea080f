-- Grassroots democracy (thực hiện dân chủ ở cơ sở, Luật số 10/2022/QH15, in force 1/7/2023):
-- a yearly checklist per commune-level unit, its evidence, the unit's self-assessment and the
-- upper unit's rating.

-- The checklist is national and versioned by year like the indicator catalogue; admins edit it.
CREATE TABLE democracy_checklist_items (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  grp text NOT NULL CHECK (grp IN ('disclosure', 'decision', 'consultation', 'supervision')),
  code text NOT NULL CHECK (code ~ '^[A-Z0-9_]{2,30}$'),
  title text NOT NULL,
  legal_ref text NOT NULL DEFAULT '',
  guidance text NOT NULL DEFAULT '',
  -- A retired item is no longer asked for; answers already given to it are kept.
  retired boolean NOT NULL DEFAULT false,
  sort_order integer NOT NULL,
  UNIQUE (year, code)
);

CREATE TABLE democracy_assessments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units(id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'rated')),
  self_rating text CHECK (self_rating IN ('good', 'fair', 'average', 'weak')),
  self_comment text NOT NULL DEFAULT '',
  rating text CHECK (rating IN ('good', 'fair', 'average', 'weak')),
  rating_comment text NOT NULL DEFAULT '',
  return_comment text NOT NULL DEFAULT '',
  -- As it was when rated: units below cannot read the upper unit's row.
  rated_by_unit_id integer REFERENCES units(id),
  rated_by_name text,
  rated_by integer REFERENCES users(id),
  submitted_at timestamptz,
  rated_at timestamptz,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, year),
  CHECK ((status = 'rated') = (rating IS NOT NULL))
);

CREATE TABLE democracy_entries (
  assessment_id integer NOT NULL REFERENCES democracy_assessments(id),
  item_id integer NOT NULL REFERENCES democracy_checklist_items(id),
  status text NOT NULL CHECK (status IN ('done', 'partial', 'not_done', 'not_applicable')),
  quantity integer CHECK (quantity >= 0),
  meetings integer CHECK (meetings >= 0),
  done_on date,
  note text NOT NULL DEFAULT '',
  -- Registered documents (documents module) given as evidence; shown only where the reader can see them.
  document_ids integer[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (assessment_id, item_id)
);

CREATE TABLE democracy_attachments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assessment_id integer NOT NULL REFERENCES democracy_assessments(id),
  item_id integer NOT NULL REFERENCES democracy_checklist_items(id),
  file_name text NOT NULL,
  mime text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX democracy_attachments_assessment_idx ON democracy_attachments (assessment_id, item_id);

GRANT SELECT, INSERT, UPDATE ON democracy_checklist_items, democracy_assessments TO danvan_app;
GRANT SELECT, INSERT, DELETE ON democracy_entries TO danvan_app;
GRANT SELECT, INSERT ON democracy_attachments TO danvan_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO danvan_app;

ALTER TABLE democracy_assessments ENABLE ROW LEVEL SECURITY;
ALTER TABLE democracy_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE democracy_attachments ENABLE ROW LEVEL SECURITY;

-- The default checklist, from the law's four groups (docs/design/DOMAIN.md), for the previous, current and next year.
INSERT INTO democracy_checklist_items (year, grp, code, title, legal_ref, guidance, sort_order)
SELECT y.year, c.* FROM (VALUES
  ('disclosure', 'CK_KTXH', 'Kế hoạch phát triển kinh tế – xã hội hằng năm của xã, phường', 'Điều 11', 'Ghi số nội dung đã công khai và hình thức (niêm yết, loa truyền thanh, cổng thông tin).', 1),
  ('disclosure', 'CK_NGAN_SACH', 'Dự toán, quyết toán ngân sách xã và kết quả thực hiện', 'Điều 11', '', 2),
  ('disclosure', 'CK_DAT_DAI', 'Dự án, công trình đầu tư; quy hoạch, kế hoạch sử dụng đất; thu hồi đất, bồi thường, hỗ trợ, tái định cư', 'Điều 11', '', 3),
  ('disclosure', 'CK_QUY_CHE', 'Quy chế thực hiện dân chủ ở cơ sở của xã, phường', 'Điều 11', '', 4),
  ('disclosure', 'CK_QUY_DONG_GOP', 'Việc quản lý, sử dụng các quỹ, khoản đóng góp của Nhân dân và tài sản công', 'Điều 11', '', 5),
  ('disclosure', 'CK_AN_SINH', 'Danh sách đối tượng hưởng chính sách an sinh xã hội, hỗ trợ, cứu trợ', 'Điều 11', '', 6),
  ('disclosure', 'CK_NVQS', 'Danh sách công dân thực hiện nghĩa vụ quân sự', 'Điều 11', '', 7),
  ('disclosure', 'CK_THANH_TRA', 'Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo; vụ việc tiêu cực, tham nhũng', 'Điều 11', '', 8),
  ('disclosure', 'CK_TTHC', 'Thủ tục hành chính, phí, lệ phí và việc giải quyết công việc liên quan đến Nhân dân', 'Điều 11', '', 9),
  ('disclosure', 'CK_THOI_HAN', 'Công khai đúng hình thức và thời hạn (chậm nhất 05 ngày làm việc)', 'Điều 12', '', 10),
  ('decision', 'BQ_HA_TANG', 'Chủ trương và mức đóng góp xây dựng công trình công cộng, hạ tầng (cần trên 2/3 tổng số hộ đồng ý)', 'Điều 15, Điều 21', 'Ghi số nội dung đã bàn, quyết định và số cuộc họp hoặc đợt phát phiếu.', 11),
  ('decision', 'BQ_QUY', 'Thành lập, mức đóng góp và quản lý các quỹ do cộng đồng tự nguyện lập ra', 'Điều 15, Điều 21', '', 12),
  ('decision', 'BQ_HUONG_UOC', 'Xây dựng, sửa đổi, bổ sung hương ước, quy ước của thôn, tổ dân phố', 'Điều 15', '', 13),
  ('decision', 'BQ_TRUONG_THON', 'Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố', 'Điều 15', '', 14),
  ('decision', 'BQ_BAN_TTND', 'Bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng', 'Điều 15', '', 15),
  ('decision', 'BQ_GUI_KQ', 'Kết quả bàn và quyết định gửi Ủy ban nhân dân xã trong 05 ngày làm việc', 'Điều 20', '', 16),
  ('consultation', 'YK_KE_HOACH', 'Dự thảo kế hoạch phát triển kinh tế – xã hội; quy hoạch, kế hoạch sử dụng đất của xã', 'Điều 25', 'Ghi số nội dung đã lấy ý kiến và số hội nghị, cuộc họp.', 17),
  ('consultation', 'YK_DU_AN', 'Chủ trương, dự án lớn trên địa bàn; phương án bồi thường, hỗ trợ, tái định cư', 'Điều 25', '', 18),
  ('consultation', 'YK_DIA_GIOI', 'Đề án thành lập, nhập, chia, điều chỉnh địa giới đơn vị hành chính', 'Điều 25', '', 19),
  ('consultation', 'YK_QUYET_DINH', 'Dự thảo quyết định, chính sách có tác động đến cộng đồng dân cư', 'Điều 25', '', 20),
  ('supervision', 'GS_BAN_TTND', 'Hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng', 'Điều 30, Điều 31', 'Ghi số cuộc giám sát, số kiến nghị.', 21),
  ('supervision', 'GS_DOI_THOAI', 'Hội nghị đối thoại giữa chính quyền xã với Nhân dân (ít nhất 01 lần/năm)', 'Điều 32', '', 22),
  ('supervision', 'GS_HOI_NGHI', 'Hội nghị thôn, tổ dân phố cuối năm', 'Điều 33', '', 23),
  ('supervision', 'GS_KIEN_NGHI', 'Tiếp nhận, giải quyết kiến nghị, phản ánh của Nhân dân qua kiểm tra, giám sát', 'Điều 30', '', 24)
) AS c(grp, code, title, legal_ref, guidance, sort_order)
CROSS JOIN (VALUES (2025), (2026), (2027)) AS y(year);

-- Report indicators fed by this module; the existing democracy indicators get their source.
UPDATE indicators SET computed_key = 'democracy.disclosed' WHERE code = 'DC_CONG_KHAI' AND computed_key IS NULL;
UPDATE indicators SET computed_key = 'democracy.decided' WHERE code = 'DC_BAN_QD' AND computed_key IS NULL;
UPDATE indicators SET computed_key = 'democracy.consulted' WHERE code = 'DC_LAY_YK' AND computed_key IS NULL;
UPDATE indicators SET computed_key = 'democracy.meetings' WHERE code = 'DC_HOP' AND computed_key IS NULL;

INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, computed_key, sort_order)
SELECT y.year, c.* FROM (VALUES
  ('DC_XL_TOT', 'Đơn vị thực hiện dân chủ ở cơ sở xếp loại tốt', 'Units rated good in grassroots democracy', 'đơn vị', 'democracy', 'sum', 'democracy.rated.good', 74),
  ('DC_XL_KHA', 'Đơn vị thực hiện dân chủ ở cơ sở xếp loại khá', 'Units rated fair in grassroots democracy', 'đơn vị', 'democracy', 'sum', 'democracy.rated.fair', 75),
  ('DC_XL_TB', 'Đơn vị thực hiện dân chủ ở cơ sở xếp loại trung bình', 'Units rated average in grassroots democracy', 'đơn vị', 'democracy', 'sum', 'democracy.rated.average', 76),
  ('DC_XL_YEU', 'Đơn vị thực hiện dân chủ ở cơ sở xếp loại yếu', 'Units rated weak in grassroots democracy', 'đơn vị', 'democracy', 'sum', 'democracy.rated.weak', 77)
) AS c(code, name_vi, name_en, unit_vi, section, aggregation, computed_key, sort_order)
CROSS JOIN (VALUES (2025), (2026), (2027)) AS y(year)
WHERE EXISTS (SELECT 1 FROM indicators i WHERE i.year = y.year)
ON CONFLICT (year, code) DO NOTHING;
