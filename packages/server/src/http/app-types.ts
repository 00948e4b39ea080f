import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../auth/authorize.js';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
    routeTable: { method: string; url: string; action: string }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The signed-in actor, or a 401 answer. */
    requireActor(): Actor;
    /** Display names of the signed-in account, or a 401 answer. */
    accountNames(): { fullName: string; unitName: string };
  }
  interface FastifyContextConfig {
    /** The policy action this route checks, or `public`; snapshotted in tests so access changes show in review. */
    action?: string;
  }
}
