-- Vietnamese alphabetical order, for lists sorted by name: compare vi_sort_key(x) COLLATE "C".
-- Letters sort as the Vietnamese alphabet does (a ă â b c d đ e ê … o ô ơ … u ư …), ignoring case;
-- tones only break ties, in dictionary order (none, huyền, hỏi, ngã, sắc, nặng). Neither the C
-- collation nor vi_fold (which folds ă, â and a together) gives this, and PGlite has no ICU.
CREATE OR REPLACE FUNCTION vi_sort_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT translate(letters, 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`a') || chr(1) || regexp_replace(tones, '[^1-5]', '0', 'g')
    FROM (SELECT translate(s, 'AàÀảẢãÃáÁạẠĂằẰẳẲẵẴắẮặẶÂầẦẩẨẫẪấẤậẬEèÈẻẺẽẼéÉẹẸÊềỀểỂễỄếẾệỆIìÌỉỈĩĨíÍịỊOòÒỏỎõÕóÓọỌÔồỒổỔỗỖốỐộỘƠờỜởỞỡỠớỚợỢUùÙủỦũŨúÚụỤƯừỪửỬữỮứỨựỰYỳỲỷỶỹỸýÝỵỴBCDFGHJKLMNPQRSTVWXZĐ', 'aaaaaaaaaaaăăăăăăăăăăăâââââââââââeeeeeeeeeeeêêêêêêêêêêêiiiiiiiiiiioooooooooooôôôôôôôôôôôơơơơơơơơơơơuuuuuuuuuuuưưưưưưưưưưưyyyyyyyyyyybcdfghjklmnpqrstvwxzđ') AS letters,
                 translate(s, 'àÀảẢãÃáÁạẠằẰẳẲẵẴắẮặẶầẦẩẨẫẪấẤậẬèÈẻẺẽẼéÉẹẸềỀểỂễỄếẾệỆìÌỉỈĩĨíÍịỊòÒỏỎõÕóÓọỌồỒổỔỗỖốỐộỘờỜởỞỡỠớỚợỢùÙủỦũŨúÚụỤừỪửỬữỮứỨựỰỳỲỷỶỹỸýÝỵỴ', '112233445511223344551122334455112233445511223344551122334455112233445511223344551122334455112233445511223344551122334455') AS tones
            FROM (SELECT btrim(regexp_replace(normalize(input, NFC), '\s+', ' ', 'g')) AS s) n) x
$$;

-- A person's name as Vietnamese lists order it: by the given name (the last word: "An" in
-- "Nguyễn Văn An"), then the family and middle names.
CREATE OR REPLACE FUNCTION vi_name_sort_key(full_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT vi_sort_key(regexp_replace(btrim(full_name), '^.*\s', '')) || chr(2) || vi_sort_key(full_name) $$;
