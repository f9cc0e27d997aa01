// Importing the package in Node (server rendering, a static build, a test runner without a DOM) does
// not throw and registers nothing: every entry of its exports map, each in a Node process of its own
// (`node -e "import(…)"`), from a partner's app with the packed package installed.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { after, before, describe, it } from 'node:test';
import { PACKAGE_JSON, packedApp, run, TAGS } from './support.mjs';

/** Imports OTD_SPECIFIER and prints what it exports and which of the tags got registered. */
const PROBE = `
const specifier = process.env.OTD_SPECIFIER;
const json = specifier.endsWith('.json');
const module = await import(specifier, json ? { with: { type: 'json' } } : undefined);
const tags = ${JSON.stringify(TAGS)};
console.log(JSON.stringify({
  exports: Object.keys(module).sort(),
  registered: tags.filter((tag) => globalThis.customElements?.get?.(tag)),
  windowOrDocument: typeof window !== 'undefined' || typeof document !== 'undefined',
}));
`;

/**
 * Every specifier a partner can import: `otd-widgets`, `otd-widgets/<entry>`, each file a pattern
 * matches; not the stylesheet, which is for a bundler (Node imports no CSS).
 */
function specifiers(pkg) {
  return Object.keys(PACKAGE_JSON.exports).filter((key) => !key.endsWith('.css')).flatMap((key) => {
    const name = key === '.' ? 'otd-widgets' : `otd-widgets/${key.slice(2)}`;
    if (!key.includes('*')) return [name];
    const target = PACKAGE_JSON.exports[key].replace(/^\.\//, '');
    const [dir, pattern] = [path.posix.dirname(target), path.posix.basename(target)];
    const [prefix, suffix] = pattern.split('*');
    return readdirSync(path.join(pkg, dir))
      .filter((f) => f.startsWith(prefix) && f.endsWith(suffix))
      .map((f) => name.replace('*', f.slice(prefix.length, f.length - suffix.length)));
  });
}

describe('the package in Node', () => {
  let packed;
  const results = new Map();

  before(async () => {
    packed = await packedApp();
    // One process per entry, two at a time: the machine may be running other tests.
    const queue = specifiers(packed.pkg);
    const work = async () => {
      for (let specifier = queue.shift(); specifier; specifier = queue.shift()) {
        try {
          const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', PROBE], {
            cwd: packed.app,
            env: { ...process.env, OTD_SPECIFIER: specifier, NODE_OPTIONS: '' },
          });
          results.set(specifier, { ...JSON.parse(stdout), stderr });
        } catch (error) {
          results.set(specifier, { error: String(error.stderr || error.message).split('\n').slice(0, 6).join('\n') });
        }
      }
    };
    await Promise.all([work(), work()]);
  });
  after(() => packed?.remove());

  it('imports every entry without throwing, registering nothing and writing nothing to the console', () => {
    assert.ok(results.size >= 12, `only ${results.size} entries: ${[...results.keys()].join(', ')}`);
    const problems = [];
    for (const [specifier, result] of results) {
      if (result.error) problems.push(`${specifier} throws: ${result.error}`);
      else {
        if (result.registered.length) problems.push(`${specifier} registers ${result.registered.join(', ')}`);
        if (result.stderr) problems.push(`${specifier} writes: ${result.stderr}`);
        if (result.windowOrDocument) problems.push(`${specifier} defines a global window or document`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('the root exports every element class and defineElement; each element entry its class', () => {
    assert.deepEqual(results.get('otd-widgets').exports, [
      'OtdCourseSignup',
      'OtdEscalationCard',
      'OtdResourceRecommender',
      'OtdSelfScan',
      'defineElement',
      'loadSurveyTrend',
    ]);
    assert.deepEqual(results.get('otd-widgets/otd-self-scan').exports, ['OtdSelfScan']);
    assert.deepEqual(results.get('otd-widgets/otd-course-signup').exports, ['OtdCourseSignup']);
    assert.deepEqual(results.get('otd-widgets/otd-survey-trend').exports, ['OtdSurveyTrend']);
    assert.deepEqual(results.get('otd-widgets/otd-kickoff').exports, ['OtdKickoff']);
  });

  it('the framework types and the JSON files are importable too', () => {
    for (const specifier of ['otd-widgets/types/react', 'otd-widgets/types/vue', 'otd-widgets/custom-elements.json', 'otd-widgets/package.json']) {
      assert.ok(results.has(specifier), specifier);
    }
    assert.ok([...results.keys()].some((s) => /^otd-widgets\/schema\/.+\.schema\.json$/.test(s)));
    assert.deepEqual(results.get('otd-widgets/custom-elements.json').exports, ['default']);
  });

  it('the probe notices an entry that registers an element or throws', async () => {
    const probe = (code) =>
      run(process.execPath, ['--input-type=module', '-e', `${code}\n${PROBE}`], {
        cwd: packed.app,
        env: { ...process.env, OTD_SPECIFIER: 'otd-widgets/otd-self-scan' },
      });
    // Lit's server build shims customElements in Node: a plain define() there registers, which the probe sees.
    const { stdout } = await probe(
      "const { LitElement } = await import('lit'); customElements.define('otd-escalation-card', class extends LitElement {});",
    );
    assert.deepEqual(JSON.parse(stdout).registered, ['otd-escalation-card']);
    await assert.rejects(probe("document.title = 'x';"), /ReferenceError: document is not defined/);
  });
});
