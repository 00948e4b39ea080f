-- A number/symbol's type part as the catalogue writes it (`12-cv/KDVP1` → `12-CV/KDVP1`): documents registered
-- before the service wrote it so. The type column already holds the canonical abbreviation, and the unique key
-- (issuer, type, number, year) does not read the symbol, so no two documents can collide.
UPDATE documents
   SET symbol = regexp_replace(symbol, '^(\d{1,4})-[^/]+/', '\1-' || type || '/')
 WHERE symbol ~ '^\d{1,4}-[^/]+/'
   AND symbol <> regexp_replace(symbol, '^(\d{1,4})-[^/]+/', '\1-' || type || '/');
