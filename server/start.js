// Starts the reference receiver: `npm start` (builds first) or `node server/start.js`.
//
// Environment:
//   PORT          port to listen on (default 8080)
//   HOST          address to bind (default 127.0.0.1, this machine only; set HOST=0.0.0.0 to
//                 accept connections from elsewhere, for example inside a container)
//   OTD_DATA_DIR  folder for otd.sqlite (default ./data, relative to the current directory)
//   LOG_LEVEL     fastify/pino log level (default info)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp, DEFAULT_ROOT_DIR } from './app.js';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST || '127.0.0.1';
const dataDir = path.resolve(process.env.OTD_DATA_DIR || 'data');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`otd-widgets: PORT must be a number from 0 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}

if (!existsSync(path.join(DEFAULT_ROOT_DIR, 'dist', 'otd-widgets.js'))) {
  console.error('otd-widgets: dist/otd-widgets.js is missing; run npm run build first.');
  process.exit(1);
}

const app = await buildApp({ dataDir, logger: { level: process.env.LOG_LEVEL || 'info' } });

let closing = false;
/** @param {string} signal */
async function shutdown(signal) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal} received, shutting down`);
  try {
    await app.close();
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'error while shutting down');
    process.exit(1);
  }
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await app.listen({ port, host });
} catch (err) {
  app.log.error({ err }, 'could not start');
  await app.close().catch(() => {});
  process.exit(1);
}
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
const address = app.server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
app.log.info(`otd-widgets demo: http://${shown}:${actualPort}/ (data in ${dataDir})`);
