import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import pgUtils from 'pg/lib/utils.js';

const { serialize } = protocol;
type BackendMessage = Parameters<typeof parse.parseResults>[0][number];
type Parsers = Parameters<typeof parse.parseResults>[1];

// As the PostgreSQL pool does (client.ts): at most this many named statements, so that a statement built from
// values somewhere cannot fill the database's memory; beyond it, statements are parsed on every call.
const PREPARED_MAX = 2000;

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
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
  /** The call before: statements asked for together run one after the other, in the order asked (see `raw`). */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: PGlite,
    options: { max?: number } = {},
  ) {
    this.max = options.max ?? PREPARED_MAX;
  }

  async query(text: string, params: unknown[] = []): Promise<unknown[]> {
    return rowsOf(await this.raw(text, params), this.db.parsers);
  }

  /**
   * The database's answer to one statement as the bytes of its protocol messages, unparsed: the server's database
   * thread hands them over as they are and the event loop's thread reads the rows (`rowsOf`), so the one thread
   * everyone's statements queue for spends its time running them. `begin` (a simple-protocol script: BEGIN and the
   * transaction's setup) goes first in the same call.
   */
  raw(text: string, params: unknown[] = [], begin?: string): Promise<Uint8Array<ArrayBuffer>> {
    // A transaction's statements may be asked for together (Promise.all) and the first carries the BEGIN: none may
    // start before the one asked for ahead of it has finished.
    const answer = this.turn.then(() => this.run(text, params, begin));
    this.turn = answer.catch(() => undefined);
    return answer;
  }

  private async run(text: string, params: unknown[], begin: string | undefined): Promise<Uint8Array<ArrayBuffer>> {
    const name = await this.prepared(text);
    const values = params.map((value) => pgUtils.prepareValue(value));
    const answer: Uint8Array[] = [];
    await this.db.execProtocolRawStream(
      concat([
        ...(begin ? [serialize.query(begin)] : []),
        ...(name === '' ? [serialize.parse({ text })] : []),
        serialize.bind({ statement: name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
      // A view into the database's memory, valid only during the call.
      { onRawData: (bytes) => answer.push(bytes.slice()) },
    );
    return concat(answer);
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

/**
 * The rows of the last statement in `bytes` (PgliteStatements.raw's answer, BEGIN's own results first when it had
 * one), typed by `parsers` as PGlite types them; the first database error in it is thrown.
 */
export function rowsOf(bytes: Uint8Array, parsers: Parsers): unknown[] {
  const messages: BackendMessage[] = [];
  new protocol.Parser().parse(bytes, (message) => messages.push(message));
  const error = messages.find((message) => message instanceof protocol.messages.DatabaseError);
  if (error) throw error;
  // Each simple-protocol script ends with ReadyForQuery; the statement's own messages come after the last but one.
  const ends = messages.flatMap((message, i) => (message.name === 'readyForQuery' ? [i] : []));
  const own = ends.length > 1 ? messages.slice(ends[ends.length - 2] + 1) : messages;
  return parse.parseResults(own, parsers)[0]?.rows ?? [];
}
