// How the built web app and the API's answers travel to a browser on a slow mobile connection (issue 11):
// compressed (the app's files brotli- and gzip-compressed at build time by packages/web/vite.config.ts, the
// API's JSON on the fly), and cached so that a return visit asks for nothing but the page itself.
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { AppInstance } from './app-types.js';

/** Vite names every file under assets/ after its content: a changed file is a new address. */
const hashedAssetCache = 'public, max-age=31536000, immutable';
/** index.html names the current assets, so the browser asks each time whether it changed (a 304 when not). */
const pageCache = 'no-cache';

/**
 * Compresses the API's answers (JSON, CSV) when the browser accepts it; must be registered before the routes.
 * Word, Excel and PDF files are zip or binary already and are not compressible types, so they go as they are.
 */
export async function compressResponses(app: AppInstance): Promise<void> {
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'] });
}

/**
 * Serves the built web app from `distDir`: the precompressed `.br`/`.gz` file when the browser accepts it,
 * hashed assets cached for a year, index.html revalidated; any other path that is not the API gets
 * index.html (the app's own routes), and a missing asset a 404 rather than a page in its place.
 */
export async function serveWebApp(app: AppInstance, distDir: string): Promise<void> {
  const assetsDir = path.join(distDir, 'assets') + path.sep;
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, file: string) => {
      reply.header('cache-control', file.startsWith(assetsDir) ? hashedAssetCache : pageCache);
    },
  });
}

/** What the not-found handler sends for a GET outside the API: index.html, or nothing for a missing asset. */
export function isAppRoute(url: string): boolean {
  return !url.startsWith('/api/') && !url.startsWith('/assets/');
}
