-- Documents by topic become indicators of the catalogue, computed from the register
-- (documents.topic.<topic>, see modules/documents/documents.indicators.ts): how many of the
-- period's documents dealt with religion, ethnic affairs, land clearance… A breakdown of VB_TONG
-- by topic (part_kind 'topic': a document with two topics counts under both, so the topics do not
-- add up to the total, yet none exceeds it).
-- Every catalogue year that has the default document counts gets them, placed right after the
-- document types (VB_TONG … VB_TB): the indicators after those move down to make room.

CREATE TEMPORARY TABLE document_topic_indicators (code text, name_vi text, name_en text, phrase_vi text, topic text, position integer) ON COMMIT DROP;
INSERT INTO document_topic_indicators VALUES
  ('VB_CD_DAN_TOC', 'Văn bản về công tác dân tộc', 'Documents on ethnic affairs', '{n} văn bản về công tác dân tộc', 'ethnic', 1),
  ('VB_CD_TON_GIAO', 'Văn bản về công tác tôn giáo', 'Documents on religious affairs', '{n} văn bản về công tác tôn giáo', 'religion', 2),
  ('VB_CD_DAN_CHU', 'Văn bản về thực hiện dân chủ ở cơ sở', 'Documents on grassroots democracy', '{n} văn bản về thực hiện dân chủ ở cơ sở', 'democracy', 3),
  ('VB_CD_GPMB', 'Văn bản về công tác giải phóng mặt bằng', 'Documents on land clearance', '{n} văn bản về công tác giải phóng mặt bằng', 'land_clearance', 4),
  ('VB_CD_DVK', 'Văn bản về phong trào thi đua "Dân vận khéo"', 'Documents on the "Skilled mass mobilization" movement', '{n} văn bản về phong trào thi đua "Dân vận khéo"', 'skilled_mobilization', 5),
  ('VB_CD_DU_LUAN', 'Văn bản về nắm bắt, định hướng dư luận xã hội', 'Documents on public opinion', '{n} văn bản về nắm bắt, định hướng dư luận xã hội', 'public_opinion', 6);

-- Per year: the last place of the document-type rows, and how many topic rows that year lacks.
CREATE TEMPORARY TABLE document_topic_years ON COMMIT DROP AS
SELECT i.year, max(i.sort_order) AS after,
       (SELECT count(*) FROM document_topic_indicators t
         WHERE NOT EXISTS (SELECT 1 FROM indicators x WHERE x.year = i.year AND x.code = t.code))::int AS missing
  FROM indicators i
 WHERE i.code IN ('VB_TONG', 'VB_NQ', 'VB_CT', 'VB_KL', 'VB_CTR', 'VB_KH', 'VB_HD', 'VB_BC', 'VB_CV', 'VB_QD', 'VB_TB')
 GROUP BY i.year
HAVING bool_or(i.code = 'VB_TONG');

UPDATE indicators i SET sort_order = i.sort_order + y.missing
  FROM document_topic_years y
 WHERE i.year = y.year AND i.sort_order > y.after AND y.missing > 0;

INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, computed_key, sort_order,
                        basis, phrase_vi, part_of, part_kind, is_key, min_value, whole, at_most_code, warn_change_percent, warn_change_min)
SELECT y.year, t.code, t.name_vi, t.name_en, 'văn bản', 'leadership', 'sum', 'documents.topic.' || t.topic,
       y.after + row_number() OVER (PARTITION BY y.year ORDER BY t.position),
       'body', t.phrase_vi, 'VB_TONG', 'topic', false, 0, true, 'VB_TONG', 50, 10
  FROM document_topic_years y
 CROSS JOIN document_topic_indicators t
 WHERE NOT EXISTS (SELECT 1 FROM indicators x WHERE x.year = y.year AND x.code = t.code)
 ORDER BY y.year, t.position;
