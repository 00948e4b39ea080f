// Filling the scratch database with generated documents, and a connection that explains every statement.
import pg from 'pg';
import { beginWith, type Database, type Sql } from '../../packages/server/src/db/client.js';
import { generateText, type DocMeta } from './generate.js';

const CHUNK = 5_000;
const log = (line: string) => console.log(line);

/** Set-based inserts of CHUNK rows; `workers` chunks in flight at once (PostgreSQL: one connection each). */
export async function loadDocuments(db: Database, metas: DocMeta[], workers: number) {
  let chars = 0;
  let longCount = 0;
  let next = 0;
  let done = 0;
  const insertChunk = async (start: number) => {
    const records = metas.slice(start, start + CHUNK).map(generateText);
    for (const r of records) {
      chars += r.summary.length;
      if (r.summary.length > 1000) longCount++;
    }
    await db.transaction((sql) =>
      sql.query(
        `INSERT INTO documents (unit_id, type, symbol, doc_number, issuer_abbr, issued_on, signer, title, summary, topics, role)
         SELECT r.unit_id, r.type, r.symbol, r.doc_number, r.issuer_abbr, r.issued_on, r.signer, r.title, r.summary,
                ARRAY(SELECT json_array_elements_text(r.topics)), r.role
           FROM json_to_recordset($1::json) AS r(unit_id integer, type text, symbol text, doc_number integer, issuer_abbr text,
                                               issued_on date, signer text, title text, summary text, topics json, role text)`,
        [JSON.stringify(records)],
      ),
    );
    done += records.length;
    if ((done / CHUNK) % 10 === 0) log(`      … ${done.toLocaleString('en-US')} documents`);
  };
  const worker = async () => {
    while (next < metas.length) {
      const start = next;
      next += CHUNK;
      await insertChunk(start);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { avgSummary: Math.round(chars / metas.length), longCount };
}

/**
 * A database on one connection that logs every statement's plan, those inside the search function
 * too (auto_explain with nested statements, sent to this client as notices), into `sink`.
 */
export async function explainingDb(url: string, sink: string[]): Promise<Database & { close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on('notice', (notice) => sink.push(...(notice.message ?? '').split('\n')));
  await client.query(`LOAD 'auto_explain'`);
  await client.query(`SET random_page_cost = 1.1; SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on;
                      SET auto_explain.log_buffers = on; SET auto_explain.log_nested_statements = on; SET client_min_messages = log`);
  const sql: Sql = {
    query: async <T>(text: string, params?: unknown[]) => ({ rows: (await client.query(text, params)).rows as T[] }),
    exec: async (script) => {
      await client.query(script);
    },
  };
  return {
    engine: 'postgres',
    transaction: async (work, setup) => {
      await client.query(beginWith(setup));
      try {
        const result = await work(sql);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    statement: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    close: () => client.end(),
  };
}
