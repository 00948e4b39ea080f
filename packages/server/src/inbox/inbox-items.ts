import type { InboxGroup } from '@danvan/shared';
import type { Actor } from '../auth/authorize.js';
import type { Sql } from '../db/client.js';

/** What every provider computes its groups for: the caller, today's Vietnamese day and how many items a list holds. */
export interface InboxContext {
  actor: Actor;
  /** YYYY-MM-DD in Vietnam: a deadline before it has passed. */
  today: string;
  /** The most items a group lists; its count covers them all. */
  limit: number;
}

/**
 * What a module offers an account to act on, for the home screen ("Việc cần làm"): its groups, within
 * the transaction's scope, each offering only what the module's own policy would accept (`can`).
 * A provider asks its policy first (`roleAllows`) and queries only for the groups the role may act on,
 * in one or two indexed queries that count every item and list the first `limit`, oldest date first.
 * Modules declare theirs in ./inbox-providers.ts; this contract depends on no module.
 */
export interface InboxProvider {
  key: string;
  collect(sql: Sql, context: InboxContext): Promise<InboxGroup[]>;
}
