// Shared by the server tests (not itself a test file): throwaway folders, a site root, sessions, signups.
import { after } from 'node:test';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from './app.js';
import { addDays, today } from './sessions.js';

/** A token long enough for buildApp. */
export const TOKEN = 'test-token-0123456789-abcdef';

/** @type {string[]} */
const tempDirs = [];
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** @param {string} prefix */
export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** A minimal repository layout: demo/index.html and cdn/otd-widgets.js. */
export function fakeRoot(/** @type {string} */ dir) {
  mkdirSync(path.join(dir, 'demo'), { recursive: true });
  mkdirSync(path.join(dir, 'cdn'), { recursive: true });
  writeFileSync(path.join(dir, 'demo', 'index.html'), '<!doctype html><html lang="nl"><title>t</title></html>\n');
  writeFileSync(path.join(dir, 'cdn', 'otd-widgets.js'), 'export const fake = true;\n');
  return dir;
}

/** A date `days` from today, as yyyy-mm-dd. */
export const inDays = (/** @type {number} */ days) => addDays(today(), days);

/** Sessions for the tests: ten seats, one seat, and twenty seats. */
export function testSessions() {
  return [
    { id: 's-ten', date: inDays(10), startTime: '09:30', endTime: '16:30', place: { nl: 'Enschede', en: 'Enschede' }, capacity: 10 },
    { id: 's-one', date: inDays(20), startTime: '09:30', endTime: '12:30', place: 'Almelo', address: 'Markt 1, Almelo', capacity: 1 },
    { id: 's-big', date: inDays(30), startTime: '13:00', endTime: '17:00', place: { nl: 'Hengelo' }, capacity: 20 },
  ];
}

/**
 * @param {string} dir
 * @param {unknown} sessions
 */
export function writeSessionsFile(dir, sessions) {
  const file = path.join(dir, 'sessions.json');
  writeFileSync(file, JSON.stringify(sessions, null, 2));
  return file;
}

/**
 * An app on a fresh data folder with the test sessions, the admin token, no rate limit and so no
 * fair-share guard either (every injected request comes from 127.0.0.1; the guard's own tests turn
 * it on).
 * @param {Partial<import('./app.js').BuildAppOptions>} [options]
 */
export async function testApp(options = {}) {
  const base = tempDir('otd-api-');
  const app = await buildApp({
    dataDir: path.join(base, 'data'),
    rootDir: fakeRoot(path.join(base, 'root')),
    sessionsFile: writeSessionsFile(base, testSessions()),
    adminToken: TOKEN,
    rateLimit: false,
    ...options,
  });
  return { app, base, dataDir: path.join(base, 'data') };
}

/** A valid signup, in Dutch, for the ten-seat session. */
export function signup(/** @type {Record<string, unknown>} */ overrides = {}) {
  return {
    firstName: 'Anna',
    lastName: 'de Vries',
    email: 'anna@example.nl',
    phone: '053 481 1234',
    organisation: 'Wijkteam Voorbeeld',
    domain: 'wijkteams',
    municipality: 'enschede',
    educationLevel: 'hbo_wo',
    skjPoints: true,
    skjNumber: '110 000.123',
    skjChamber: 'jeugd_en_gezinsprofessional',
    sessionId: 's-ten',
    remarks: '',
    newsOptIn: false,
    lang: 'nl',
    website: '',
    ...overrides,
  };
}

/**
 * POSTs a signup as the form does.
 * @param {import('fastify').FastifyInstance} app
 * @param {unknown} body
 * @param {{ key?: string | null, headers?: Record<string, string> }} [options]
 */
export function postSignup(app, body, { key = randomUUID(), headers = {} } = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/signups',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { 'idempotency-key': key }), ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * GETs an organiser route with the token.
 * @param {import('fastify').FastifyInstance} app
 * @param {string} url
 */
export function organiserGet(app, url) {
  return app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${TOKEN}` } });
}

/** @param {import('fastify').FastifyInstance} app */
export async function exportedSignups(app) {
  const res = await organiserGet(app, '/api/signups.json');
  if (res.statusCode !== 200) throw new Error(`export answered ${res.statusCode}`);
  return /** @type {Record<string, unknown>[]} */ (res.json());
}

/**
 * A strict RFC 4180 reader for the tests: quoted and unquoted fields, doubled quotes, CRLF.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '"' || c === '\n' || c === '\r') {
      throw new Error(`not RFC 4180 at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (field !== '' || row.length) throw new Error('the last row does not end with CRLF');
  return rows;
}
