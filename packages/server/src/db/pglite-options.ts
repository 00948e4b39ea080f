import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { types } from '@electric-sql/pglite';

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Same value shapes from both engines: dates stay `YYYY-MM-DD`, int8 and numeric become numbers. */
export const pgliteParsers = {
  [DATE_OID]: (value: string) => value,
  [INT8_OID]: (value: string) => Number(value),
  [NUMERIC_OID]: (value: string) => Number(value),
};

export const pgliteExtensions = { ltree, pg_trgm, unaccent };

/**
 * What every PGlite session starts with. Index reads cost little more than sequential ones here (the data is in
 * memory or the page cache). Each named statement keeps one generic plan rather than being planned again with its
 * values on some calls: planning in WebAssembly (the planner's file-size checks among it) was a tenth of the database
 * thread's time under load. On the demo's data the search, the report view and the draft save ran 10–30 % faster
 * alone (`npm run bench -- load`); the PostgreSQL pool keeps the planner's own choice, its planning being cheap.
 */
export const pgliteSessionSettings = 'SET random_page_cost = 1.1; SET plan_cache_mode = force_generic_plan';

/** Each array type's oid with its element type's, as PGlite reads them when it opens a database. */
export const arrayTypesQuery = `SELECT b.oid, b.typarray FROM pg_catalog.pg_type a
  JOIN pg_catalog.pg_type b ON b.oid = a.typelem WHERE a.typcategory = 'A' GROUP BY b.oid, b.typarray`;
export type ArrayTypes = { oid: number; typarray: number }[];

type Parser = (value: string, typeId?: number) => unknown;

/**
 * The parsers PGlite's own `parsers` holds for a database (ours, its defaults, and one per array type), for reading
 * its answers on another thread than the one that opened it.
 */
export function pgliteParsersWithArrays(arrayTypes: ArrayTypes): Record<number, Parser> {
  const parsers: Record<number, Parser> = { ...(types.parsers as Record<number, Parser>), ...pgliteParsers };
  for (const { oid, typarray } of arrayTypes) {
    parsers[typarray] = (value) => types.arrayParser(value, parsers[oid] as types.Parser, typarray);
  }
  return parsers;
}
