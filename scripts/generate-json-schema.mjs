// Writes the JSON Schemas a partner can point an editor at, from the same zod schemas the widgets
// and the receiver use (built into dist/shared/ by `rollup -c`):
//   dist/schema/partner-content.schema.json  a content file (`content-src` or inline JSON)
//   dist/schema/sessions.schema.json         the receiver's sessions file (OTD_SESSIONS_FILE)
//
// zod's toJSONSchema writes types, enums, lengths and regexes, but it drops every refinement (a rule
// written as a function). This script puts back what JSON Schema can say (a pattern, "one of these
// fields", unique items) and names in the description what it cannot (ids used twice, an end time
// before the start time). A refinement it does not know is reported, and `npm run build` fails, so
// a new rule is never silently left out. The zod schemas stay the authority:
// `npm run check-content -- file.json` runs them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJSONSchema } from 'zod/mini';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** What JSON Schema can say for each of our own checks (`params.otd` on the refinement). */
const OWN_CHECKS = {
  // Trimmed, then not empty: at least one character that is not white space.
  empty: { minLength: 1, pattern: '\\S' },
  id: { pattern: '^[a-z0-9][a-z0-9._-]*$' },
  // An absolute URL whose scheme is http or https. The URL parser ignores leading spaces and
  // control characters and the case of the scheme; the pattern does too. Whether the rest of the
  // address parses is left to check-content.
  web_url: { pattern: '^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:' },
  unsafe_url: { pattern: '^[\\u0000-\\u0020]*(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):' },
  // The characters a Dutch number may be written with (parseDutchPhone's first test); whether the
  // digits make a number a phone can call is left to check-content.
  phone: { pattern: '^\\s*[+\\d(][\\d\\s().\\-/]*$' },
  channel: {
    anyOf: [{ required: ['phone'] }, { required: ['email'] }, { required: ['website'] }],
    note: 'Give at least one of `phone`, `email` and `website`.',
  },
};

/** Refinements without a kind of our own, by their message. */
const MESSAGE_CHECKS = {
  'Name each aspect once': { uniqueItems: true },
  'Must be later than the start time': { note: '`endTime` must be later than `startTime`.' },
  'Cannot be more than the capacity': { note: '`seatsLeft` cannot be more than `capacity`.' },
};

/** What each field means, shown by editors on hover. Every field of these objects must have one. */
const FIELD_DESCRIPTIONS = {
  contact: {
    id: 'A short identifier, unique in the file: lower case letters, digits, ".", "-" or "_" (for example "wijkteam-almelo"). The id of a national contact replaces it, except "veilig-thuis" and "alarmnummer-112".',
    name: 'The name shown as the contact\'s heading. Dutch text, or { "nl": "…", "en": "…" }.',
    organisation: 'The organisation behind the contact, shown under the name.',
    reason: 'What a professional calls them for, in one or two sentences.',
    aspects: 'The aspects of a divorce the contact helps with: juridisch, relationeel, ouderschap, veiligheid, financieel, professioneel.',
    municipalities: 'The Twente municipalities (ids) where the contact is shown. Without it, the contact is national and shows everywhere.',
    hours: 'When they can be reached, as text.',
    phone: 'A Dutch phone number in any common notation (053 481 1234, 0800-2000, +31 53 481 1234, 112, 14 053).',
    email: 'An e-mail address.',
    website: 'A web page, starting with https:// (or http://). Opens in a new tab.',
    example: 'true marks an example entry: the card shows it with a "Voorbeeld" label.',
  },
  resource: {
    id: 'A short identifier, unique in the file: lower case letters, digits, ".", "-" or "_". The id of a bundled resource replaces it in its place; a new id is added after the bundled ones.',
    aspects: 'The topics it is listed under, each once: general (overarching), juridisch, relationeel, ouderschap, veiligheid, financieel, professioneel.',
    origin: 'self_study (free material to study on your own) or regional_offer (training, workshops and programmes in the region).',
    kind: 'What it is: webinar, podcast, article, report, app, training, workshop or therapeutic_programme. The recommender filters on it.',
    title: 'The title, shown as the link when there is a url.',
    provider: 'Who offers or made it.',
    durationMinutes: 'How long it takes, in whole minutes. The filter by length uses it.',
    durationText: 'A duration not counted in minutes, as text ("2 dagen").',
    url: 'Where to find or book it, starting with https:// (or http://).',
    skjAccredited: 'true when it is accredited by SKJ (Stichting Kwaliteitsregister Jeugd). Leave it out when you do not know.',
    freelyShareable: 'false when the material may not be shared outside the provider\'s organisation. Leave it out when you do not know.',
    note: 'What a reader needs to know before following the link (for example why it is not freely shareable).',
    description: 'A short description.',
    sections: 'Where the 2022 report lists it ("9.2", "Bijlage 1"). Partners leave it out.',
  },
  session: {
    id: 'A short identifier, unique in the file: lower case letters, digits, ".", "-" or "_". Signups point to it; keep it when you change a session.',
    date: 'The day, as yyyy-mm-dd.',
    startTime: 'The start, as hh:mm (24-hour clock).',
    endTime: 'The end, as hh:mm, later than startTime.',
    place: 'Where: a venue or "Online". Dutch text, or { "nl": "…", "en": "…" }.',
    address: 'The street address, as text.',
    capacity: 'The number of seats, at least 1.',
    seatsLeft: 'Ignored in the sessions file: the receiver counts the seats itself.',
    waitingList: 'Ignored in the sessions file.',
  },
};

const FILES = [
  {
    file: 'partner-content.schema.json',
    module: 'partner-content.js',
    exportName: 'partnerContentSchema',
    title: 'otd-widgets partner content',
    description:
      'A content file for <otd-escalation-card> and <otd-resource-recommender> (content-src, or inline <script type="application/json">): ' +
      'your own contacts (the sociale kaart) and resources, added to the bundled ones. ' +
      'A few rules cannot be written in JSON Schema; the descriptions name them, and `npm run check-content -- file.json` checks every rule. See docs/content.md.',
    objects: { 'properties.contacts.items': 'contact', 'properties.resources.items': 'resource' },
    sections: {
      $schema: 'The JSON Schema for editors (this file). The widgets ignore it.',
      contacts: 'Your contacts. They come before the national ones; one with the id of a national contact replaces it (except Veilig Thuis and 112).',
      resources: 'Your study material and regional offer, added to the bundled resources.',
    },
  },
  {
    file: 'sessions.schema.json',
    module: 'sessions.js',
    exportName: 'sessionConfigListSchema',
    title: 'otd-widgets receiver sessions file',
    description:
      'The training sessions the receiver offers to <otd-course-signup> (OTD_SESSIONS_FILE): a JSON list, read at every start. ' +
      'A few rules cannot be written in JSON Schema; the descriptions name them, and `npm run check-content -- file.json` checks every rule. See docs/content.md.',
    objects: { items: 'session' },
    sections: {},
  },
];

/** The message of a zod check, whether it was given as a string or in params. */
function messageOf(def) {
  const error = typeof def.error === 'function' ? def.error() : def.error;
  if (typeof error === 'string') return error;
  return error?.message ?? def.message;
}

function appendNote(json, note) {
  json.description = json.description ? `${json.description} ${note}` : note;
}

/** Puts `text` before what the refinements already noted on `node`. */
function describe(node, text) {
  node.description = node.description ? `${text} ${node.description}` : text;
}

/**
 * Converts one zod schema, putting back what its refinements say where JSON Schema can.
 * @returns {{ schema: object, problems: string[] }}
 */
export function convert(zodSchema) {
  const problems = [];
  const schema = toJSONSchema(zodSchema, {
    target: 'draft-2020-12',
    // A file as a person writes it: before trimming, and optional fields optional.
    io: 'input',
    // A type JSON Schema cannot describe at all (a date object, a function) fails the build.
    unrepresentable: 'throw',
    override({ zodSchema: node, jsonSchema, path: where }) {
      for (const check of node._zod.def.checks ?? []) {
        const def = check._zod.def;
        if (def.check !== 'custom') continue;
        const kind = def.params?.otd;
        const message = messageOf(def);
        const at = `/${where.join('/')}`;
        if (kind) {
          if (OWN_CHECKS[kind]) {
            const { note, ...rule } = JSON.parse(JSON.stringify(OWN_CHECKS[kind]));
            Object.assign(jsonSchema, rule);
            if (note) appendNote(jsonSchema, note);
          } else problems.push(`${at}: a check of kind "${kind}" that scripts/generate-json-schema.mjs does not know`);
        } else if (message && MESSAGE_CHECKS[message]) {
          const { note, ...rule } = MESSAGE_CHECKS[message];
          Object.assign(jsonSchema, rule);
          if (note) appendNote(jsonSchema, note);
        } else if (!message && jsonSchema.type === 'array' && jsonSchema.items?.properties?.id) {
          // The lists' superRefine: every id once. JSON Schema's uniqueItems compares whole items.
          appendNote(jsonSchema, 'Each `id` may be used once in the list.');
        } else {
          problems.push(`${at}: a refinement scripts/generate-json-schema.mjs does not know (${message ?? 'no message'})`);
        }
      }
    },
  });
  return { schema, problems };
}

function at(object, dotted) {
  return dotted.split('.').reduce((o, key) => o?.[key], object);
}

/** Adds the field descriptions; a field without one, or a description without a field, is a problem. */
function describeFields(schema, spec, problems) {
  for (const [key, text] of Object.entries(spec.sections)) {
    const node = schema.properties?.[key];
    if (node) describe(node, text);
    else problems.push(`${spec.file}: no section "${key}" to describe`);
  }
  for (const [where, name] of Object.entries(spec.objects)) {
    const object = at(schema, where);
    const texts = FIELD_DESCRIPTIONS[name];
    if (!object?.properties) {
      problems.push(`${spec.file}: no object at ${where}`);
      continue;
    }
    for (const field of Object.keys(object.properties)) {
      const text = texts[field];
      if (!text) problems.push(`${spec.file}: the ${name} field "${field}" has no description in FIELD_DESCRIPTIONS`);
      else describe(object.properties[field], text);
    }
    for (const field of Object.keys(texts)) {
      if (!(field in object.properties)) problems.push(`${spec.file}: FIELD_DESCRIPTIONS.${name}.${field} describes no field`);
    }
  }
}

/**
 * Builds every JSON Schema from the built zod schemas in `distDir/shared/`.
 * @param {{ distDir?: string }} [options]
 * @returns {Promise<{ files: { file: string, schema: object }[], problems: string[] }>}
 */
export async function buildJsonSchemas({ distDir = path.join(ROOT, 'dist') } = {}) {
  const files = [];
  const problems = [];
  for (const spec of FILES) {
    const module = await import(pathToFileURL(path.join(distDir, 'shared', spec.module)).href);
    const zodSchema = module[spec.exportName];
    if (!zodSchema) {
      problems.push(`dist/shared/${spec.module} has no export ${spec.exportName}`);
      continue;
    }
    const converted = convert(zodSchema);
    problems.push(...converted.problems.map((p) => `${spec.file} ${p}`));
    // Ours first: `$schema`, `$id`, title, and the description with zod's notes on the list.
    const body = { ...converted.schema };
    const notes = body.description;
    delete body.$schema;
    delete body.description;
    const schema = {
      $schema: DRAFT,
      $id: `urn:otd-widgets:schema:${spec.file.replace(/\.schema\.json$/, '')}`,
      title: spec.title,
      description: [spec.description, notes, `Generated from the zod schemas of otd-widgets ${PACKAGE.version}; do not edit.`]
        .filter(Boolean)
        .join(' '),
      ...body,
    };
    describeFields(schema, spec, problems);
    files.push({ file: spec.file, schema });
  }
  return { files, problems };
}

async function main() {
  const distDir = path.join(ROOT, 'dist');
  const { files, problems } = await buildJsonSchemas({ distDir });
  if (problems.length) {
    console.error(`JSON Schema not written:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  mkdirSync(path.join(distDir, 'schema'), { recursive: true });
  for (const { file, schema } of files) {
    writeFileSync(path.join(distDir, 'schema', file), `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`dist/schema/${file}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
