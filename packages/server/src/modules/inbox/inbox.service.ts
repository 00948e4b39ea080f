import { inboxGroupKeys, type Inbox } from '@danvan/shared';
import { authorize, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { inboxProviders } from '../../inbox/inbox-providers.js';
import { vietnamDay } from '../../time.js';
import { inboxActions } from './inbox.policy.js';

/** The most items a group lists: the home screen shows the oldest, the count says how many more wait. */
export const INBOX_LIMIT = 20;

/** What the account has to act on, from every feature's provider, in one transaction within its scope. */
export async function getInbox(db: Database, actor: Actor): Promise<Inbox> {
  authorize(actor, inboxActions.read, wholeScope(actor));
  const context = { actor, today: vietnamDay(), limit: INBOX_LIMIT };
  const groups = await inScope(db, actor.scopePath, async (sql) => {
    // One connection per transaction: the providers' queries run one after another.
    const collected = [];
    for (const provider of inboxProviders) collected.push(...(await provider.collect(sql, context)));
    return collected;
  });
  return {
    groups: groups
      .filter((group) => group.count > 0)
      .sort((a, b) => inboxGroupKeys.indexOf(a.key) - inboxGroupKeys.indexOf(b.key)),
  };
}
