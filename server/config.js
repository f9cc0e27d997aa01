// Reads the receiver's settings from the environment (server/start.js), and describes the trusted
// proxy for the start-up log. Pure functions, so the tests can call them without starting anything.
import { isIP } from 'node:net';
import path from 'node:path';

/** The port when `PORT` is unset or empty. */
export const DEFAULT_PORT = 8080;

/** pino's levels, the only values `LOG_LEVEL` may have. */
export const LOG_LEVELS = /** @type {const} */ (['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Names @fastify/proxy-addr understands in a trusted-proxy list, besides addresses and ranges. */
const ADDRESS_GROUPS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * What `OTD_TRUST_PROXY` can say: nothing trusted (`false`), every proxy (`true`), a number of
 * hops, or the proxies' addresses and CIDR ranges.
 * @typedef {boolean | number | string[]} TrustProxySetting
 */

/**
 * `PORT`: unset or empty gives 8080; otherwise a whole number from 0 to 65535 (0 picks a free port).
 * @param {string | undefined} value
 * @returns {number}
 */
export function parsePort(value) {
  const text = (value ?? '').trim();
  if (text === '') return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new RangeError(`PORT must be a whole number from 0 to 65535 (0 picks a free port), not "${value}"`);
  }
  return Number(text);
}

/**
 * One entry of a trusted-proxy list: an IP address, a CIDR range (`10.0.0.0/8`, `fd00::/8`), an
 * IPv4 range with a netmask (`10.0.0.0/255.0.0.0`), or `loopback`, `linklocal` or `uniquelocal`.
 * @param {string} entry
 */
function isProxyAddress(entry) {
  if (ADDRESS_GROUPS.has(entry) || isIP(entry)) return true;
  const slash = entry.indexOf('/');
  if (slash < 0) return false;
  const address = entry.slice(0, slash);
  const range = entry.slice(slash + 1);
  const family = isIP(address);
  if (!family) return false;
  if (/^\d{1,3}$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(range) === 4;
}

/**
 * `OTD_TRUST_PROXY`: unset, empty or `false` trusts no proxy; `true` every proxy; a whole number
 * that many hops (0 is the same as unset); anything else a comma-separated list of addresses and
 * ranges, each checked.
 * @param {string | undefined} value
 * @returns {TrustProxySetting}
 */
export function parseTrustProxy(value) {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops === 0 ? false : hops;
  }
  const entries = text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const wrong = entries.filter((e) => !isProxyAddress(e));
  if (wrong.length || !entries.length) {
    throw new TypeError(
      `OTD_TRUST_PROXY must be true, a number of hops, or the proxies' IP addresses or CIDR ranges (comma-separated); ${wrong.map((w) => `"${w}"`).join(', ') || `"${value}"`} is none of these`,
    );
  }
  return entries;
}

/**
 * `LOG_LEVEL`: unset or empty gives `info`.
 * @param {string | undefined} value
 * @returns {(typeof LOG_LEVELS)[number]}
 */
export function parseLogLevel(value) {
  const text = (value ?? '').trim();
  if (text === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === text);
  if (!level) throw new TypeError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${value}"`);
  return level;
}

/**
 * A whole number from a variable: unset or empty gives `fallback`.
 * @param {string} name  for the message
 * @param {string | undefined} value
 * @param {number} min
 * @param {number} max
 * @param {number | undefined} fallback
 * @param {string} what  what the number is, for the message
 * @returns {number | undefined}
 */
function parseWhole(name, value, min, max, fallback, what) {
  const text = (value ?? '').trim();
  if (text === '') return fallback;
  if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new RangeError(`${name} must be ${what}, not "${value}"`);
  }
  return Number(text);
}

/**
 * `OTD_SEATS_PER_CLIENT`: seats one client address may take per session per hour; unset or empty
 * gives 3, 0 turns the guard off.
 * @param {string | undefined} value
 * @returns {number}
 */
export function parseSeatsPerClient(value) {
  return /** @type {number} */ (
    parseWhole('OTD_SEATS_PER_CLIENT', value, 0, 10_000, 3, 'a whole number of seats from 0 (no limit) to 10000')
  );
}

/** The timeout variables and the `buildApp` `timeouts` field each sets. */
const TIMEOUT_VARIABLES = /** @type {const} */ ([
  ['OTD_HEADERS_TIMEOUT_MS', 'headersMs'],
  ['OTD_REQUEST_TIMEOUT_MS', 'requestMs'],
  ['OTD_IDLE_TIMEOUT_MS', 'idleMs'],
]);

/**
 * `OTD_HEADERS_TIMEOUT_MS`, `OTD_REQUEST_TIMEOUT_MS`, `OTD_IDLE_TIMEOUT_MS`: milliseconds from 1000 to
 * 3600000; unset ones keep buildApp's defaults (5000, 10000, 30000).
 * @param {Record<string, string | undefined>} env
 * @returns {Partial<import('./app.js').Timeouts>}
 */
export function parseTimeouts(env) {
  /** @type {Partial<import('./app.js').Timeouts>} */
  const timeouts = {};
  /** @type {string[]} */
  const problems = [];
  for (const [name, field] of TIMEOUT_VARIABLES) {
    try {
      const ms = parseWhole(name, env[name], 1000, 3_600_000, undefined, 'a whole number of milliseconds from 1000 to 3600000');
      if (ms !== undefined) timeouts[field] = ms;
    } catch (err) {
      problems.push(/** @type {Error} */ (err).message);
    }
  }
  const headers = timeouts.headersMs ?? 5000;
  const request = timeouts.requestMs ?? 10_000;
  if (!problems.length && headers > request) {
    problems.push(`OTD_HEADERS_TIMEOUT_MS (${headers}) must not be longer than OTD_REQUEST_TIMEOUT_MS (${request})`);
  }
  if (problems.length) throw new RangeError(problems.join('\n'));
  return timeouts;
}

/**
 * @typedef {object} Settings
 * @property {number} port
 * @property {string} host
 * @property {string} dataDir  absolute
 * @property {string | undefined} adminToken
 * @property {string[]} allowedOrigins  as written; buildApp checks them
 * @property {string | undefined} sessionsFile  absolute; undefined when OTD_SESSIONS_FILE is unset
 * @property {TrustProxySetting} trustProxy
 * @property {number} seatsPerClient
 * @property {Partial<import('./app.js').Timeouts>} timeouts  only the ones set
 * @property {(typeof LOG_LEVELS)[number]} logLevel
 */

/**
 * Every setting of the receiver from the environment. Empty variables count as unset.
 * @param {Record<string, string | undefined>} env
 * @returns {Settings}
 * @throws {Error} naming every variable with a wrong value, one per line
 */
export function readSettings(env) {
  /** @type {string[]} */
  const problems = [];
  /**
   * @template T
   * @param {() => T} parse
   * @param {T} fallback
   */
  const attempt = (parse, fallback) => {
    try {
      return parse();
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
      return fallback;
    }
  };
  const settings = {
    port: attempt(() => parsePort(env.PORT), DEFAULT_PORT),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(env.OTD_DATA_DIR || 'data'),
    adminToken: env.OTD_ADMIN_TOKEN || undefined,
    allowedOrigins: (env.OTD_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    sessionsFile: env.OTD_SESSIONS_FILE ? path.resolve(env.OTD_SESSIONS_FILE) : undefined,
    trustProxy: attempt(() => parseTrustProxy(env.OTD_TRUST_PROXY), /** @type {TrustProxySetting} */ (false)),
    seatsPerClient: attempt(() => parseSeatsPerClient(env.OTD_SEATS_PER_CLIENT), 3),
    timeouts: attempt(() => parseTimeouts(env), {}),
    logLevel: attempt(() => parseLogLevel(env.LOG_LEVEL), /** @type {(typeof LOG_LEVELS)[number]} */ ('info')),
  };
  if (problems.length) throw new Error(problems.join('\n'));
  return settings;
}

/** @param {string} host */
function isLoopback(host) {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * What the start-up log says about the trusted proxy: one line for `info`, and warnings when the
 * setting lets a visitor choose the address the rate limits count.
 * @param {TrustProxySetting} trustProxy
 * @param {string} host  the address the receiver listens on
 * @returns {{ info: string, warnings: string[] } | null}  null when no proxy is trusted
 */
export function describeTrustProxy(trustProxy, host) {
  if (trustProxy === false) return null;
  if (trustProxy === true) {
    return {
      info: 'trusting proxy: every proxy (OTD_TRUST_PROXY=true)',
      warnings: [
        'OTD_TRUST_PROXY=true: the client address is the left-most X-Forwarded-For entry, which a visitor can write themselves, so anyone can dodge the rate limits; set the proxy address(es) or a hop count instead',
      ],
    };
  }
  if (typeof trustProxy === 'number') {
    const hops = trustProxy === 1 ? '1 hop' : `${trustProxy} hops`;
    return {
      info: `trusting proxy: ${hops} (the client address is X-Forwarded-For entry ${trustProxy} from the right)`,
      warnings: isLoopback(host)
        ? []
        : [
            `OTD_TRUST_PROXY=${trustProxy} trusts whoever connects, and HOST=${host} accepts connections from other machines: a visitor who reaches the receiver past the proxy can write their own X-Forwarded-For; let only the proxy reach it, or set the proxy address(es) instead`,
          ],
    };
  }
  return { info: `trusting proxy: ${trustProxy.join(', ')}`, warnings: [] };
}
