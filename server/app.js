import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { openDatabase } from './db.js';

/** The repository root: `demo/` and `dist/` are served from here unless `rootDir` says otherwise. */
export const DEFAULT_ROOT_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * The policy for HTML pages. The demo page therefore has no inline script and no inline style;
 * the widgets use constructable stylesheets, which CSP does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * Headers for JavaScript modules: `mime` says `application/javascript`, the HTML standard
 * prefers `text/javascript`.
 * @param {import('fastify').FastifyReply} reply
 * @param {string} filePath
 */
function setStaticHeaders(reply, filePath) {
  if (filePath.endsWith('.js') || filePath.endsWith('.mjs')) {
    reply.header('content-type', 'text/javascript; charset=utf-8');
  }
}

/**
 * @typedef {object} BuildAppOptions
 * @property {string} dataDir  Folder for `otd.sqlite`; created when missing.
 * @property {string} [rootDir]  Folder holding `demo/` and `dist/`; defaults to the repository root.
 * @property {import('fastify').FastifyServerOptions['logger']} [logger]  Passed to fastify; off by default.
 */

/**
 * The reference receiver: the demo page, the built bundle and a health check.
 * @param {BuildAppOptions} options
 * @returns {Promise<import('fastify').FastifyInstance>}
 */
export async function buildApp({ dataDir, rootDir = DEFAULT_ROOT_DIR, logger = false }) {
  if (!dataDir) throw new TypeError('buildApp: dataDir is required');
  const root = path.resolve(rootDir);
  const db = openDatabase(path.resolve(dataDir));

  try {
    return await configure(Fastify({ logger }), db, root);
  } catch (err) {
    if (db.open) db.close();
    throw err;
  }
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {import('better-sqlite3').Database} db
 * @param {string} root
 */
async function configure(app, db, root) {
  app.decorate('db', db);
  app.addHook('onClose', async () => {
    db.close();
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) {
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    }
    return payload;
  });

  app.get('/healthz', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      db.prepare('select 1').get();
      return { status: 'ok', database: 'ok' };
    } catch (err) {
      request.log.error({ err }, 'health check: database query failed');
      return reply.code(503).send({ status: 'error', database: 'error' });
    }
  });

  await app.register(fastifyStatic, {
    root: path.join(root, 'demo'),
    prefix: '/',
    index: 'index.html',
    dotfiles: 'ignore',
    setHeaders: setStaticHeaders,
  });
  await app.register(fastifyStatic, {
    root: path.join(root, 'dist'),
    prefix: '/dist/',
    decorateReply: false,
    dotfiles: 'ignore',
    setHeaders: setStaticHeaders,
  });

  return app;
}
