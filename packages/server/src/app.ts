import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { abilitiesOf } from './auth/abilities.js';
import type { Actor } from './auth/authorize.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { newWork, runAsWork, type Work } from './db/fair-queue.js';
import type { AppInstance } from './http/app-types.js';
import { handleClientError } from './http/client-error.js';
import { handleError } from './http/error-handler.js';
import { checkInputText } from './http/input-text.js';
import { holdRoutesToTheirPermissions } from './http/route-permissions.js';
import { AppError, unauthenticated } from './http/errors.js';
import { refuseCrossSiteChanges } from './http/cross-site.js';
import { SESSION_COOKIE } from './http/session-cookie.js';
import { compressResponses, isAppRoute, serveWebApp } from './http/web-assets.js';
import { auditRoutes } from './modules/audit/index.js';
import { authenticate, authRoutes } from './modules/auth/index.js';
import { democracyRoutes } from './modules/democracy/index.js';
import { documentRoutes } from './modules/documents/index.js';
import { modelRoutes } from './modules/models/index.js';
import { memberRoutes } from './modules/members/index.js';
import { taskRoutes, type ReportLookup } from './modules/tasks/index.js';
import { commendationRoutes } from './modules/commendations/index.js';
import { conferenceRoutes, type RoundLookup } from './modules/conferences/index.js';
import { healthRoutes } from './modules/health/index.js';
import { inboxRoutes } from './modules/inbox/index.js';
import { unitRoutes } from './modules/units/index.js';
import { indicatorRoutes } from './modules/indicators/index.js';
import { getReport, getReportOfUnit, reportExportRoutes, reportRoutes } from './modules/reports/index.js';
import { userRoutes } from './modules/users/index.js';

export const webDistDir = path.resolve(import.meta.dirname, '../../web/dist');

/** What the tasks module reads of a report it turns into tasks (the reports module's own view of it). */
const reportDirections: ReportLookup = async (db, actor, reportId) => {
  const report = await getReport(db, actor, reportId);
  return {
    id: report.id,
    unitPath: report.unit.path,
    status: report.status,
    title: report.round.title,
    directions: report.narrative.directions ?? '',
    periodStart: report.round.periodStart,
    periodEnd: report.round.periodEnd,
  };
};

/** The round a conference belongs to and its organiser's report (the reports module's own view of it). */
const conferenceRound: RoundLookup = async (db, actor, roundId, unitId) => {
  const report = await getReportOfUnit(db, actor, roundId, unitId);
  return { title: report.round.title, reportId: report.id, reportStatus: report.status };
};

export interface AppOptions {
  db: Database;
  config: Config;
  logger?: boolean;
  /** Serve the built web app (packages/web/dist) when it exists. */
  serveWeb?: boolean;
  /** Where the built web app is: packages/web/dist unless a test says otherwise. */
  webDir?: string;
}

/** Fastify 5 refuses a bare hop count (it cannot check the peer), so a count becomes "trust the first n hops". */
function trustProxyOption(trustProxy: Config['trustProxy']): FastifyServerOptions['trustProxy'] {
  if (typeof trustProxy !== 'number') return trustProxy;
  return (_address: string, hop: number) => hop < trustProxy;
}

/**
 * One log line per request, when it is answered, with what Fastify's "incoming request" line said, instead of its two
 * lines: each is a write and a wake-up of the thread that writes it, a share of every request's CPU under load.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const fields = {
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      responseTime: reply.elapsedTime,
    };
    if (error) reply.log.error({ ...fields, err: error }, 'request errored');
    else reply.log.info(fields, 'request completed');
  }
}

export async function buildApp(options: AppOptions): Promise<AppInstance> {
  const serverOptions: FastifyServerOptions = {
    logger: options.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    logController: new OneLinePerRequest(),
    bodyLimit: 1024 * 1024,
    // A URL the router refuses before any route runs (bad %-encoding, a parameter over
    // maxParamLength) answers in the app's error shape too, not Fastify's.
    frameworkErrors: handleError,
    clientErrorHandler: handleClientError,
    // request.ip is the client's only behind a configured proxy (config.ts): sign-in throttling counts by it.
    trustProxy: trustProxyOption(options.config.trustProxy),
  };
  const app = Fastify(serverOptions).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorate('db', options.db);
  app.decorate('config', options.config);

  await app.register(fastifyCookie);
  await compressResponses(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        // Officials open the server by its LAN address over plain HTTP; upgrading would break the page.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'danvan API',
        description: 'Hệ thống công tác dân vận / mass-mobilization work',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  holdRoutesToTheirPermissions(app);
  refuseCrossSiteChanges(app);

  app.decorateRequest('actor', null);
  app.decorateRequest('requireActor', function requireActor(this: { actor: Actor | null }) {
    if (!this.actor) throw unauthenticated();
    return this.actor;
  });
  const accountNamesByRequest = new WeakMap<object, { fullName: string; unitName: string }>();
  app.decorateRequest('accountNames', function accountNames(this: object) {
    const names = accountNamesByRequest.get(this);
    if (!names) throw unauthenticated();
    return names;
  });

  // Each request's database work is counted as one (db/fair-queue.ts orders waiting transactions by it). The
  // body is read in the socket's own context, so the handler's hooks enter the request's work again.
  const workByRequest = new WeakMap<object, Work>();
  app.addHook('onRequest', (request, _reply, done) => {
    const work = newWork();
    workByRequest.set(request, work);
    runAsWork(work, done);
  });
  app.addHook('preHandler', (request, _reply, done) => {
    const work = workByRequest.get(request);
    if (work) runAsWork(work, done);
    else done();
  });
  if (options.config.serverTiming) {
    // What a request cost the database, for measuring (DANVAN_SERVER_TIMING=1): not sent in production.
    app.addHook('onSend', async (request, reply) => {
      const work = workByRequest.get(request);
      if (!work) return;
      reply.header(
        'server-timing',
        `db;dur=${work.ms.toFixed(1)}, tx;desc=${work.transactions}, statements;desc=${work.statements}`,
      );
    });
  }

  app.addHook('preValidation', checkInputText);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 100) return;
    const session = await authenticate({ db: app.db, config: app.config }, token);
    if (session) {
      request.actor = session.actor;
      accountNamesByRequest.set(request, { fullName: session.account.full_name, unitName: session.account.unit_name });
    }
  });

  healthRoutes(app);
  authRoutes(app, { abilitiesOf });
  unitRoutes(app);
  userRoutes(app);
  auditRoutes(app);
  reportRoutes(app);
  reportExportRoutes(app);
  indicatorRoutes(app);
  modelRoutes(app);
  memberRoutes(app);
  inboxRoutes(app);
  await app.register(async (scoped) => documentRoutes(scoped as AppInstance));
  await app.register(async (scoped) => democracyRoutes(scoped as AppInstance));
  // Tasks read an approved report's directions through the reports module, handed in here: tasks naming
  // reports would be a cycle (reports read the tasks' figures through the indicator registry).
  await app.register(async (scoped) => taskRoutes(scoped as AppInstance, { findReport: reportDirections }));
  await app.register(async (scoped) => commendationRoutes(scoped as AppInstance));
  // Conferences read their round's report the same way, and give tasks through the tasks module.
  await app.register(async (scoped) => conferenceRoutes(scoped as AppInstance, { findRound: conferenceRound }));

  const webDir = options.webDir ?? webDistDir;
  const serveWeb = options.serveWeb && existsSync(path.join(webDir, 'index.html'));
  if (serveWeb) await serveWebApp(app, webDir);
  app.setNotFoundHandler((request, reply) => {
    if (serveWeb && request.method === 'GET' && isAppRoute(request.url)) {
      return reply.type('text/html').sendFile('index.html');
    }
    const error = new AppError(404, 'not_found', { vi: 'Không tìm thấy địa chỉ này', en: 'No such endpoint' });
    return reply.code(404).send(error.toBody());
  });
  return app;
}
