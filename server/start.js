// Starts the reference receiver: `npm start` (builds first) or `node server/start.js`.
//
// Environment (read by server/config.js; an empty variable counts as unset):
//   PORT                 port to listen on (default 8080; 0 picks a free port; anything but a whole
//                        number from 0 to 65535 stops the start)
//   HOST                 address to bind (default 127.0.0.1, this machine only; set HOST=0.0.0.0 to
//                        accept connections from elsewhere, for example inside a container)
//   OTD_DATA_DIR         folder for otd.sqlite (default ./data, relative to the current directory)
//   OTD_SESSIONS_FILE    JSON file with the training sessions (default <OTD_DATA_DIR>/sessions.json
//                        when that exists; otherwise three example sessions are seeded once)
//   OTD_ADMIN_TOKEN      bearer token (16+ characters) for the organiser routes
//                        /api/signups.csv, /api/signups.json and DELETE /api/signups/:id;
//                        unset: those routes are off (404)
//   OTD_ALLOWED_ORIGINS  comma-separated origins whose pages may post signups (CORS), for example
//                        https://www.enschede.nl,https://www.almelo.nl; unset: same origin only
//   OTD_TRUST_PROXY      set behind a reverse proxy so rate limits count per client: the proxies'
//                        IP addresses or CIDR ranges (comma-separated), a number of hops, or "true"
//                        (warned about: a visitor can then choose their address); unset: no proxy
//   OTD_SEATS_PER_CLIENT seats one client address may take per session per hour (default 3; 0: no
//                        limit), the fair-share guard
//   OTD_HEADERS_TIMEOUT_MS, OTD_REQUEST_TIMEOUT_MS, OTD_IDLE_TIMEOUT_MS
//                        how long a client may take for its headers (default 5000), its whole
//                        request (10000), and without sending or reading a byte (30000)
//   LOG_LEVEL            fastify/pino log level (default info)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeTrustProxy, readSettings } from './config.js';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('./config.js').Settings} */
let settings;
try {
  settings = readSettings(process.env);
} catch (err) {
  const lines = (err instanceof Error ? err.message : String(err)).split('\n');
  for (const line of lines) console.error(`otd-widgets: ${line}`);
  process.exit(1);
}
const { port, host, dataDir, adminToken, allowedOrigins, trustProxy, seatsPerClient, timeouts, logLevel } = settings;
const defaultSessionsFile = path.join(dataDir, 'sessions.json');
const sessionsFile = settings.sessionsFile ?? (existsSync(defaultSessionsFile) ? defaultSessionsFile : undefined);

for (const built of [path.join('cdn', 'otd-widgets.js'), path.join('dist', 'shared', 'signup.js')]) {
  if (!existsSync(path.join(rootDir, built))) {
    console.error(`otd-widgets: ${built.split(path.sep).join('/')} is missing; run npm run build first.`);
    process.exit(1);
  }
}

// Imported only now: the receiver imports the built signup rules from dist/.
const { buildApp, resolveTimeouts } = await import('./app.js');

let app;
try {
  app = await buildApp({
    dataDir,
    adminToken,
    allowedOrigins,
    sessionsFile,
    trustProxy,
    seatsPerClient,
    timeouts,
    logger: { level: logLevel },
  });
} catch (err) {
  // Configuration problems (sessions file, origins, token) are explained, not dumped.
  console.error(`otd-widgets: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

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
// Which settings are in effect; never the token itself.
app.log.info(
  `sessions: ${sessionsFile ? `from ${sessionsFile}` : 'OTD_SESSIONS_FILE not set; the sessions in the database (three examples when it had none)'}`,
);
app.log.info(
  `organiser routes: ${adminToken ? 'on (OTD_ADMIN_TOKEN is set)' : 'off (OTD_ADMIN_TOKEN not set)'}`,
);
app.log.info(
  `CORS: ${allowedOrigins.length ? `allowed for ${allowedOrigins.join(', ')}` : 'same origin only (OTD_ALLOWED_ORIGINS not set)'}`,
);
app.log.info(
  `fair share: ${seatsPerClient ? `at most ${seatsPerClient} seat(s) per client address per session per hour` : 'off (OTD_SEATS_PER_CLIENT=0)'}`,
);
const limits = resolveTimeouts(timeouts);
app.log.info(`timeouts: headers ${limits.headersMs} ms, whole request ${limits.requestMs} ms, idle ${limits.idleMs} ms`);
const proxy = describeTrustProxy(trustProxy, host);
if (proxy) {
  app.log.info(proxy.info);
  for (const warning of proxy.warnings) app.log.warn(warning);
}
