-- Links the default catalogue's document and model counts to the modules that compute them, so a
-- report form arrives with them pre-filled; changing a pre-filled figure then needs a reason.
-- Only the catalogue years the default catalogue was written for: later copies inherit the links.
UPDATE indicators i SET computed_key = l.computed_key
  FROM (VALUES
    ('VB_TONG', 'documents.all'),
    ('VB_NQ', 'documents.type.NQ'),
    ('VB_CT', 'documents.type.CT'),
    ('VB_KL', 'documents.type.KL'),
    ('VB_CTR', 'documents.type.CTr'),
    ('VB_KH', 'documents.type.KH'),
    ('VB_HD', 'documents.type.HD'),
    ('VB_BC', 'documents.type.BC'),
    ('VB_CV', 'documents.type.CV'),
    ('VB_QD', 'documents.type.QĐ'),
    ('VB_TB', 'documents.type.TB'),
    ('MH_DANG_KY', 'models.registered'),
    ('MH_CONG_NHAN', 'models.recognised'),
    ('MH_KINH_TE', 'models.field.economy'),
    ('MH_VHXH', 'models.field.culture_society'),
    ('MH_QPAN', 'models.field.defense_security'),
    ('MH_XDHTCT', 'models.field.political_system'),
    ('DV_THAM_GIA_DVK', 'movements.participation')
  ) AS l(code, computed_key)
 WHERE i.code = l.code AND i.year BETWEEN 2025 AND 2027 AND i.computed_key IS NULL;
