-- Medals awarded by type: an award type says how the reports count it (a fixed list of classes, each a
-- computed indicator in modules/commendations/commendations.indicators.ts), set by the administrator.
-- Missing: not counted by type (still in the totals and, if a medal, in KT_KNC).
ALTER TABLE award_types ADD COLUMN report_as text CHECK (report_as IN (
  'medal_dan_van', 'medal_dai_doan_ket', 'merit_certificate', 'commendation_certificate', 'emulation_title'));

-- The two commemorative medals of the mass-mobilization work become indicators of every catalogue year
-- that has KT_KNC (migration 0029), right after it.
CREATE TEMPORARY TABLE medal_indicator_years ON COMMIT DROP AS
SELECT i.year, i.sort_order AS after
  FROM indicators i
 WHERE i.code = 'KT_KNC'
   AND NOT EXISTS (SELECT 1 FROM indicators x WHERE x.year = i.year AND x.code IN ('KT_KNC_DAN_VAN', 'KT_KNC_DDK'));

UPDATE indicators i SET sort_order = i.sort_order + 2
  FROM medal_indicator_years y
 WHERE i.year = y.year AND i.sort_order > y.after;

INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, computed_key, sort_order,
                        basis, phrase_vi, is_key, min_value, whole)
SELECT y.year, m.code, m.name_vi, m.name_en, 'kỷ niệm chương', 'commendation', 'sum', m.computed_key, y.after + m.n,
       'area', m.phrase_vi, false, 0, true
  FROM medal_indicator_years y
 CROSS JOIN (VALUES
   (1, 'KT_KNC_DAN_VAN', 'Kỷ niệm chương "Vì sự nghiệp Dân vận" được tặng',
    'Mass mobilization medals awarded', 'commendations.medals.dan_van',
    'tặng {n} Kỷ niệm chương "Vì sự nghiệp Dân vận"'),
   (2, 'KT_KNC_DDK', 'Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc" được tặng',
    'National great unity medals awarded', 'commendations.medals.dai_doan_ket',
    'tặng {n} Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc"')
 ) AS m(n, code, name_vi, name_en, computed_key, phrase_vi)
 ORDER BY y.year, m.n;
