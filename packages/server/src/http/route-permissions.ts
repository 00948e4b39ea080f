import type { FastifyInstance } from 'fastify';
import { hasAuthorized } from '../auth/authorize.js';

/** Actions a route may declare that are no policy action: open to all, or to anyone signed in. */
const unguarded = new Set(['public', 'authenticated']);

/**
 * Holds every API route to the permission it declares (`config.action`): a route without one is
 * refused at start-up, and one that answers with success without having asked the policy about its
 * action (`authorize`) fails closed with a 500 instead of answering unchecked. The routes are
 * collected in `routeTable` for the permission snapshot test.
 */
export function holdRoutesToTheirPermissions(app: FastifyInstance): void {
  const routeTable: FastifyInstance['routeTable'] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs') || route.method === 'HEAD') return;
    const action = (route.config as { action?: string } | undefined)?.action;
    if (!action) throw new Error(`route ${String(route.method)} ${route.url} declares no action`);
    routeTable.push({ method: String(route.method), url: route.url, action });
  });
  app.addHook('onSend', async (request, reply) => {
    const action = request.routeOptions.config.action;
    if (!action || unguarded.has(action) || reply.statusCode >= 400) return;
    if (!request.actor || !hasAuthorized(request.actor, action)) {
      throw new Error(`${request.method} ${request.routeOptions.url} answered without authorizing ${action}`);
    }
  });
}
