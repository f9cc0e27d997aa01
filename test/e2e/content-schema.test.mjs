// The content tools a partner uses, against the build: the JSON Schemas in dist/schema/ (checked
// with ajv, a validator like the one in an editor), `npm run check-content` (the zod schemas in
// dist/shared/), and the example files in docs/examples/. The two checks must agree on every rule
// JSON Schema can express; the rules it cannot express are named here and in docs/content.md.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as z from 'zod/mini';
import { REPO_ROOT } from './support.mjs';

const SCHEMA_DIR = path.join(REPO_ROOT, 'dist/schema');
const EXAMPLES = path.join(REPO_ROOT, 'docs/examples');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

let checkContent;
let buildJsonSchemas;
let convert;
let validate;
let tmp;

/** Waits for the build's schemas: a rebuild (which empties dist/ first) may be running. */
async function waitForSchemas(timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  const files = ['partner-content.schema.json', 'sessions.schema.json'].map((f) => path.join(SCHEMA_DIR, f));
  while (!files.every((f) => existsSync(f))) {
    if (Date.now() > deadline) throw new Error('No dist/schema/: run `npm run build` first.');
    await sleep(250);
  }
}

before(async () => {
  await waitForSchemas();
  ({ checkContent } = await import('../../scripts/check-content.mjs'));
  ({ buildJsonSchemas, convert } = await import('../../scripts/generate-json-schema.mjs'));
  // Formats: zod writes a pattern next to each (email, date), and ajv checks the pattern.
  // strictRequired is off: "one of phone, email, website" is `anyOf: [{ required: ['phone'] }, …]`,
  // valid JSON Schema that this lint of ajv's would refuse.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, formats: { email: true, date: true } });
  validate = {
    content: ajv.compile(readJson(path.join(SCHEMA_DIR, 'partner-content.schema.json'))),
    sessions: ajv.compile(readJson(path.join(SCHEMA_DIR, 'sessions.schema.json'))),
  };
  tmp = mkdtempSync(path.join(tmpdir(), 'otd-content-'));
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** `contacts[0].id` as a JSON pointer: `/contacts/0/id`. */
const pointerOf = (p) => (p ? `/${p.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '').split('.').join('/')}` : '');

/** The JSON Schema's verdict: the pointers of the fields it refuses (a missing or extra field counts as its own). */
function schemaVerdict(kind, data) {
  if (validate[kind](data)) return [];
  return validate[kind].errors.map((e) => {
    const field = e.params.missingProperty ?? e.params.additionalProperty;
    return field === undefined ? e.instancePath : `${e.instancePath}/${field}`;
  });
}

/** check-content's verdict: the paths of its problems. */
async function zodVerdict(data) {
  const { problems } = await checkContent(JSON.stringify(data));
  return problems.map((p) => p.path);
}

const content = () => readJson(path.join(EXAMPLES, 'sociale-kaart.json'));
const sessions = () => readJson(path.join(EXAMPLES, 'sessions.json'));

/** Mutations both checks must refuse, each at `path`. */
const BOTH_REFUSE = [
  ['an id with capitals', 'content', 'contacts[0].id', (d) => (d.contacts[0].id = 'Wijkteam')],
  ['a name of spaces', 'content', 'contacts[0].name', (d) => (d.contacts[0].name = '   ')],
  ['a name without Dutch', 'content', 'contacts[0].name', (d) => (d.contacts[0].name = { en: 'Team' })],
  ['an English text of spaces', 'content', 'contacts[0].reason.en', (d) => (d.contacts[0].reason.en = ' ')],
  ['no aspects', 'content', 'contacts[0].aspects', (d) => (d.contacts[0].aspects = [])],
  ['an unknown aspect', 'content', 'contacts[0].aspects[1]', (d) => (d.contacts[0].aspects[1] = 'scheiding')],
  ['a municipality outside Twente', 'content', 'contacts[0].municipalities[0]', (d) => (d.contacts[0].municipalities = ['amsterdam'])],
  ['a phone number in words', 'content', 'contacts[0].phone', (d) => (d.contacts[0].phone = 'bel ons')],
  ['an e-mail address without a domain', 'content', 'contacts[0].email', (d) => (d.contacts[0].email = 'wijkteam')],
  ['a javascript: website', 'content', 'contacts[0].website', (d) => (d.contacts[0].website = 'javascript:alert(1)')],
  ['a website without https://', 'content', 'contacts[0].website', (d) => (d.contacts[0].website = 'example.org/wijkteam')],
  ['a contact with no way to reach it', 'content', 'contacts[1].phone', (d) => delete d.contacts[1].email],
  ['example as text', 'content', 'contacts[0].example', (d) => (d.contacts[0].example = 'ja')],
  ['an unknown field', 'content', 'contacts[0].chat', (d) => (d.contacts[0].chat = 'https://example.org/chat')],
  ['a misspelt section', 'content', 'contact', (d) => (d.contact = [])],
  ['an aspect twice', 'content', 'resources[0].aspects', (d) => (d.resources[0].aspects = ['ouderschap', 'ouderschap'])],
  ['an unknown kind', 'content', 'resources[0].kind', (d) => (d.resources[0].kind = 'book')],
  ['a duration of 0 minutes', 'content', 'resources[1].durationMinutes', (d) => (d.resources[1].durationMinutes = 0)],
  ['a duration of 1.5 minutes', 'content', 'resources[1].durationMinutes', (d) => (d.resources[1].durationMinutes = 1.5)],
  ['a resource without a provider', 'content', 'resources[0].provider', (d) => delete d.resources[0].provider],
  ['a date that does not exist', 'sessions', '[0].date', (d) => (d[0].date = '2027-02-30')],
  ['a time without its leading zero', 'sessions', '[0].startTime', (d) => (d[0].startTime = '9:30')],
  ['a capacity of 0', 'sessions', '[0].capacity', (d) => (d[0].capacity = 0)],
  ['an empty place', 'sessions', '[1].place', (d) => (d[1].place = '')],
  ['an unknown session field', 'sessions', '[0].room', (d) => (d[0].room = 'Zaal 1')],
];

/** Rules only check-content (and the widgets, and the receiver) can check; docs/content.md names them. */
const ONLY_ZOD_REFUSES = [
  ['an id used twice', 'content', 'contacts[1].id', (d) => (d.contacts[1].id = d.contacts[0].id)],
  ['digits that make no phone number', 'content', 'contacts[0].phone', (d) => (d.contacts[0].phone = '0000')],
  ['a website that is only a scheme', 'content', 'contacts[0].website', (d) => (d.contacts[0].website = 'https://')],
  ['an end before the start', 'sessions', '[0].endTime', (d) => (d[0].endTime = '08:00')],
  ['a session id used twice', 'sessions', '[2].id', (d) => (d[2].id = d[0].id)],
];

describe('content files: JSON Schema, check-content and the examples', () => {
  it('the generator knows every rule of the schemas, and dist/schema/ is what it makes', async () => {
    const { files, problems } = await buildJsonSchemas();
    assert.deepEqual(problems, []);
    for (const { file, schema } of files) {
      assert.deepEqual(readJson(path.join(SCHEMA_DIR, file)), schema, `dist/schema/${file} is up to date`);
    }
  });

  it('the generator refuses a refinement it cannot translate, instead of leaving it out', () => {
    const withRule = z.object({ code: z.string().check(z.refine((v) => v.startsWith('GM'), 'Must start with GM')) });
    assert.match(convert(withRule).problems.join('\n'), /does not know \(Must start with GM\)/);
    const known = z.object({ code: z.string().check(z.refine((v) => v.length > 0, { message: 'x', params: { otd: 'empty' } })) });
    assert.deepEqual(convert(known).problems, []);
    assert.equal(convert(known).schema.properties.code.pattern, '\\S');
  });

  it('the example files are valid for both checks, and the content file names its JSON Schema', async () => {
    assert.deepEqual(schemaVerdict('content', content()), []);
    assert.deepEqual(await zodVerdict(content()), []);
    assert.deepEqual(schemaVerdict('sessions', sessions()), []);
    assert.deepEqual(await zodVerdict(sessions()), []);
    const schemaFile = path.resolve(EXAMPLES, content().$schema);
    assert.equal(schemaFile, path.join(SCHEMA_DIR, 'partner-content.schema.json'));
  });

  for (const [name, kind, where, mutate] of BOTH_REFUSE) {
    it(`both refuse ${name} (${where})`, async () => {
      const data = kind === 'content' ? content() : sessions();
      mutate(data);
      assert.ok((await zodVerdict(data)).includes(where), `check-content names ${where}: ${await zodVerdict(data)}`);
      assert.ok(schemaVerdict(kind, data).includes(pointerOf(where)), `the JSON Schema names ${pointerOf(where)}: ${schemaVerdict(kind, data)}`);
    });
  }

  for (const [name, kind, where, mutate] of ONLY_ZOD_REFUSES) {
    it(`only check-content refuses ${name} (${where}), as docs/content.md says`, async () => {
      const data = kind === 'content' ? content() : sessions();
      mutate(data);
      assert.deepEqual(await zodVerdict(data), [where]);
      assert.deepEqual(schemaVerdict(kind, data), []);
    });
  }

  it('npm run check-content: a valid file passes, a broken one is named line by line with exit code 1', () => {
    const run = (...files) =>
      spawnSync(process.execPath, ['scripts/check-content.mjs', ...files], { cwd: REPO_ROOT, encoding: 'utf8' });
    const ok = run('docs/examples/sociale-kaart.json', 'docs/examples/sessions.json');
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /sociale-kaart\.json: valid partner content \(5 contacts, 4 resources\)/);
    assert.match(ok.stdout, /sessions\.json: valid sessions file \(3 sessions\)/);

    const data = content();
    data.contacts[0].phone = 'bel ons';
    data.contacts[2].aspects = ['geld'];
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify(data));
    const refused = run(bad);
    assert.equal(refused.status, 1);
    assert.match(refused.stdout, /partner content with 2 problems:/);
    assert.match(refused.stdout, /^ {2}contacts\[0\]\.phone: Not a Dutch phone number/m);
    assert.match(refused.stdout, /^ {2}contacts\[2\]\.aspects\[0\]: Invalid option: expected one of "juridisch"/m);

    const broken = path.join(tmp, 'broken.json');
    writeFileSync(broken, '{ "contacts": [ }');
    const notJson = run(broken);
    assert.equal(notJson.status, 1);
    assert.match(notJson.stdout, /\(file\): Not valid JSON/);

    assert.equal(run().status, 2);
  });
});
