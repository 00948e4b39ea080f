-- Kinds of emulation movement, as data: a report counts the units taking part in the movements of
-- one kind ("Dân vận khéo", "Chính quyền thân thiện, vì Nhân dân phục vụ", …), never of all of them.

CREATE TABLE movement_kinds (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  name_vi text NOT NULL,
  name_en text NOT NULL,
  sort_order integer NOT NULL DEFAULT 100
);

INSERT INTO movement_kinds (code, name_vi, name_en, sort_order) VALUES
  ('dan_van_kheo', 'Dân vận khéo', 'Skilled mass mobilization', 1),
  ('chinh_quyen_than_thien', 'Chính quyền thân thiện, vì Nhân dân phục vụ', 'Friendly government, serving the people', 2),
  ('other', 'Phong trào khác', 'Other movement', 99);

GRANT SELECT ON movement_kinds TO danvan_app;

-- Every movement so far was launched as a "Dân vận khéo" movement; from now on each states its kind.
ALTER TABLE movements ADD COLUMN kind text NOT NULL DEFAULT 'dan_van_kheo' REFERENCES movement_kinds(code);
ALTER TABLE movements ALTER COLUMN kind DROP DEFAULT;
CREATE INDEX movements_kind_idx ON movements (kind);

-- The catalogue's coverage of "Dân vận khéo" counts only that kind's movements (every year that still
-- links the old, kind-blind provider; a year an admin unlinked or relinked keeps its choice).
UPDATE indicators SET computed_key = 'movements.participation.dan_van_kheo'
 WHERE code = 'DV_THAM_GIA_DVK' AND computed_key = 'movements.participation';

-- … and beside it, in every year that has it, the coverage of "Chính quyền thân thiện": the
-- indicators after DV_THAM_GIA_DVK move down one place to make room.
UPDATE indicators i SET sort_order = i.sort_order + 1
  FROM indicators d
 WHERE d.code = 'DV_THAM_GIA_DVK' AND d.year = i.year AND i.sort_order > d.sort_order
   AND NOT EXISTS (SELECT 1 FROM indicators c WHERE c.year = i.year AND c.code = 'DV_THAM_GIA_CQTT');

INSERT INTO indicators (
  year, code, name_vi, name_en, unit_vi, section, aggregation, weight_code, numerator_code, denominator_code, computed_key, sort_order,
  basis, phrase_vi, part_of, part_kind, is_key, min_value, max_value, whole, at_most_code, warn_change_percent, warn_change_min
)
SELECT d.year, 'DV_THAM_GIA_CQTT',
       'Đơn vị tham gia phong trào thi đua "Chính quyền thân thiện, vì Nhân dân phục vụ"',
       'Units taking part in the "Friendly government, serving the people" movement',
       'đơn vị', 'dvk', 'coverage', NULL, NULL, NULL, 'movements.participation.chinh_quyen_than_thien', d.sort_order + 1,
       'area', '{n} {units} tham gia phong trào "Chính quyền thân thiện, vì Nhân dân phục vụ"', NULL, 'part', false, 0, NULL, true, NULL,
       d.warn_change_percent, d.warn_change_min
  FROM indicators d
 WHERE d.code = 'DV_THAM_GIA_DVK'
   AND NOT EXISTS (SELECT 1 FROM indicators c WHERE c.year = d.year AND c.code = 'DV_THAM_GIA_CQTT');
