import type { Indicator } from '@danvan/shared';
import { openPglite } from '../../packages/server/src/db/client.js';
import { migrate } from '../../packages/server/src/db/migrate.js';
import { inScope, ROOT_PATH } from '../../packages/server/src/db/scope.js';
import { findIndicatorsOfYear } from '../../packages/server/src/modules/indicators/index.js';
import { benchCatalogue, CURRENT_YEAR, type BenchCatalogue } from './dataset.js';
import { readCatalogue, type Session } from './load.js';

/**
 * The bench catalogue: the real one as the migrations seed it plus the synthetic indicators,
 * read back through the production query, from a throwaway in-memory PGlite.
 */
export async function prepareCatalogue(): Promise<{ catalogue: BenchCatalogue; indicators: Indicator[] }> {
  const db = await openPglite(undefined);
  try {
    await migrate(db);
    const session: Session = {
      exec: (script) => db.transaction((sql) => sql.exec(script)),
      query: async <T>(text: string, params?: unknown[]) =>
        (await db.transaction((sql) => sql.query<T>(text, params))).rows,
    };
    const catalogue = benchCatalogue(await readCatalogue(session));
    await session.query(
      `INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, weight_code, sort_order)
       SELECT $1, r.code, r.code, r.code, 'đơn vị', 'bench', r.aggregation, r."weightCode", r."sortOrder"
         FROM jsonb_to_recordset($2::jsonb) AS r(code text, aggregation text, "weightCode" text, "sortOrder" integer)`,
      [CURRENT_YEAR, JSON.stringify(catalogue.synthetic)],
    );
    const indicators = await inScope(db, ROOT_PATH, (sql) => findIndicatorsOfYear(sql, CURRENT_YEAR));
    return { catalogue, indicators };
  } finally {
    await db.close();
  }
}
