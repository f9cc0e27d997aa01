// Checks content files with the same zod schemas the widgets and the receiver use (the build in
// dist/shared/), and names every problem by its place in the file:
//
//   npm run check-content -- sociale-kaart.json sessions.json
//
// A JSON object is read as partner content (`content-src` or inline JSON of a widget), a JSON list
// as the receiver's sessions file (OTD_SESSIONS_FILE). Exits 1 when a file has a problem.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';

// zod/mini leaves its built-in messages out ("Invalid input"); here the English ones say what was expected.
z.config(z.locales.en());

const SHARED = fileURLToPath(new URL('../dist/shared/', import.meta.url));

/** Writes a path as JSON readers expect: `contacts[2].phone`, `[0].endTime` (as the widgets do). */
export function formatPath(keys) {
  return keys.reduce((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `${out}[${JSON.stringify(name)}]`;
    return out ? `${out}.${name}` : name;
  }, '');
}

/** zod's issues as `{ path, message }`, one per unknown key. */
function problemsOf(issues) {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'Unknown field' }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1).length + 1}`;
}

function count(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Checks one file's text.
 * @param {string} text
 * @returns {Promise<{ kind: string, problems: { path: string, message: string }[], summary?: string }>}
 */
export async function checkContent(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(error.message);
    const where = at ? ` (${lineAndColumn(text, Number(at[1]))})` : '';
    return { kind: 'JSON', problems: [{ path: '', message: `Not valid JSON${where}: ${error.message}` }] };
  }
  if (Array.isArray(data)) {
    const { sessionConfigListSchema } = await import(pathToFileURL(path.join(SHARED, 'sessions.js')).href);
    const result = sessionConfigListSchema.safeParse(data);
    return result.success
      ? { kind: 'sessions file', problems: [], summary: count(result.data.length, 'session') }
      : { kind: 'sessions file', problems: problemsOf(result.error.issues) };
  }
  const { partnerContentSchema } = await import(pathToFileURL(path.join(SHARED, 'partner-content.js')).href);
  const result = partnerContentSchema.safeParse(data);
  if (!result.success) return { kind: 'partner content', problems: problemsOf(result.error.issues) };
  const { contacts = [], resources = [] } = result.data;
  return {
    kind: 'partner content',
    problems: [],
    summary: `${count(contacts.length, 'contact')}, ${count(resources.length, 'resource')}`,
  };
}

async function main(files) {
  if (!files.length) {
    console.error('Usage: npm run check-content -- <file.json> [<file.json> …]');
    process.exit(2);
  }
  if (!existsSync(path.join(SHARED, 'partner-content.js'))) {
    console.error('No build: dist/shared/ is missing. Run `npm run build` first.');
    process.exit(2);
  }
  let failed = false;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      console.log(`${file}: cannot be read (${error.code ?? error.message})`);
      failed = true;
      continue;
    }
    const { kind, problems, summary } = await checkContent(text);
    if (!problems.length) {
      console.log(`${file}: valid ${kind} (${summary})`);
      continue;
    }
    failed = true;
    console.log(`${file}: ${kind} with ${count(problems.length, 'problem')}:`);
    for (const p of problems) console.log(`  ${p.path || '(file)'}: ${p.message}`);
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
