import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import pgUtils from 'pg/lib/utils.js';

const { serialize } = protocol;

// As the PostgreSQL pool does (client.ts): at most this many named statements, so that a statement built from
// values somewhere cannot fill the database's memory; beyond it, statements are parsed on every call.
const PREPARED_MAX = 2000;

function concat(parts: Uint8Array[]): Uint8Array {
  const message = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    message.set(part, offset);
    offset += part.length;
  }
  return message;
}

/**
 * Statements run in one call into PGlite instead of the six its `query` makes (parse, describe,
 * bind, describe, execute, sync: each a pass through the WebAssembly database, ~0.2 ms apiece), and each text
 * parsed and planned once per database (a named statement) as the PostgreSQL pool does: planning is most of what
 * the app's short statements cost. Parameters travel as text prepared as node-pg prepares them (`prepareValue`),
 * so both engines read the same JavaScript values the same way; results are typed by PGlite's own parsers.
 */
export class PgliteStatements {
  private readonly names = new Map<string, string>();
  private readonly max: number;

  constructor(
    private readonly db: PGlite,
    options: { max?: number } = {},
  ) {
    this.max = options.max ?? PREPARED_MAX;
  }

  async query(text: string, params: unknown[] = []): Promise<unknown[]> {
    const name = await this.prepared(text);
    const values = params.map((value) => pgUtils.prepareValue(value));
    const { messages } = await this.db.execProtocol(
      concat([
        ...(name === '' ? [serialize.parse({ text })] : []),
        serialize.bind({ statement: name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
    );
    return parse.parseResults(messages, this.db.parsers)[0]?.rows ?? [];
  }

  /** The statement's name, parsed on its first use; '' (parsed with every call) once PREPARED_MAX are kept. */
  private async prepared(text: string): Promise<string> {
    const known = this.names.get(text);
    if (known !== undefined) return known;
    if (this.names.size >= this.max) return '';
    const name = `danvan_${this.names.size + 1}`;
    // On its own: a text that does not parse throws here and is not named, so a name always stands for a statement.
    await this.db.execProtocol(concat([serialize.parse({ name, text }), serialize.sync()]));
    this.names.set(text, name);
    return name;
  }
}
