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
 * Headers a hashed asset goes without. Helmet's document policies (CSP, framing, referrer, HSTS…) act on the page
 * that loads a script, not on the script, and the page carries them; an immutable file is never revalidated, so
 * its validators are never used. On HTTP/1.1 each costs its bytes on every one of a screen's files (about twenty for
 * a chart screen, fifty before packages/web/vite.chunks.ts): ~0.65 KB a file on a slow mobile link. `X-Content-Type-Options` and `Cross-Origin-Resource-Policy`
 * stay: they guard the file itself.
 */
const headersAssetsGoWithout = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
  'etag',
  'last-modified',
  'accept-ranges',
];

/**
 * Compresses the API's answers (JSON, CSV) when the browser accepts it; must be registered before the routes.
 * Word, Excel and PDF files are zip or binary already and are not compressible types, so they go as they are.
 */
export async function compressResponses(app: AppInstance): Promise<void> {
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'] });
}

/**
 * Serves the built web app from `distDir`: the precompressed `.br`/`.gz` file when the browser accepts it,
 * hashed assets cached for a year with only the headers they need, index.html revalidated; any other path that is not the API gets
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
      const hashed = file.startsWith(assetsDir);
      reply.header('cache-control', hashed ? hashedAssetCache : pageCache);
      if (!hashed) return;
      // Helmet wrote its headers on the raw response; the file's validators are the reply's.
      for (const name of headersAssetsGoWithout) {
        reply.removeHeader(name);
        reply.raw.removeHeader(name);
      }
    },
  });
}

/** What the not-found handler sends for a GET outside the API: index.html, or nothing for a missing asset. */
export function isAppRoute(url: string): boolean {
  return !url.startsWith('/api/') && !url.startsWith('/assets/');
}
