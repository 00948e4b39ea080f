/**
 * `work` in one transaction on one connection. Its BEGIN (with the transaction's setup: scope.ts) is not sent on its
 * own: the first statement takes it (`takeBegin`) and sends it ahead of itself in the same write, so a transaction
 * costs one round trip fewer, and work that runs no statement starts none. COMMIT follows, or ROLLBACK when anything
 * failed — the BEGIN's own setup included, so a connection never goes back to the pool inside an aborted transaction.
 * `run` sends COMMIT or ROLLBACK; `leaveOpen`, when given, replaces a COMMIT that need not be waited for (a read-only
 * transaction's: the connection ends it with its next use).
 */
export async function inTransaction<T>(
  begin: string,
  run: (text: 'COMMIT' | 'ROLLBACK') => Promise<unknown>,
  work: (takeBegin: () => string | undefined) => Promise<T>,
  leaveOpen?: () => void,
): Promise<T> {
  let pending: string | undefined = begin;
  const takeBegin = () => {
    const text = pending;
    pending = undefined;
    return text;
  };
  try {
    const result = await work(takeBegin);
    if (pending === undefined) {
      if (leaveOpen) leaveOpen();
      else await run('COMMIT');
    }
    return result;
  } catch (error) {
    if (pending === undefined) await run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** A script run as a transaction's first statement: its BEGIN ahead of it, in the same simple-protocol message. */
export function scriptAfterBegin(begin: string | undefined, script: string): string {
  return begin ? `${begin}; ${script}` : script;
}
