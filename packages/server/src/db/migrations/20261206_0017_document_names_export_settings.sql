-- The names a unit signs its documents with (Hướng dẫn 36-HD/VPTW), kept as data because they are
-- customary rather than derivable: the short name under the superior body in the header ("BAN DÂN
-- VẬN" under "THÀNH ỦY SƠN HÀ") and the issuer abbreviation of a symbol ("53-BC/BDVTU"). NULL: the
-- reports module derives them from the unit's name.
ALTER TABLE units
  ADD COLUMN short_name text CHECK (short_name IS NULL OR length(short_name) BETWEEN 1 AND 120),
  ADD COLUMN abbreviation text CHECK (abbreviation IS NULL OR abbreviation ~ '^[A-ZĐ0-9][A-ZĐ0-9-]{0,29}$');

-- What a report's Word document was last exported with (number, date, who signs, "Nơi nhận"), so
-- the next export of the same report starts from it.
ALTER TABLE reports ADD COLUMN export_settings jsonb;
