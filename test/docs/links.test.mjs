// The documentation's promises stay true: every test docs/accessibility.md cites exists and still has
// the title it quotes, and every relative link in docs/ and README.md points at a file that exists.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = path.join(ROOT, 'docs');

/** `[label](../test/…) › "title"`: a cited test. A title starting or ending in … is a part of one. */
const CITATION = /\]\((\.\.\/[^)\s]+)\) › "(.+?)"(?=\s*(?:;|\||$))/gm;

/** Relative Markdown links: `[text](path)` or `[text](path#anchor)`, not web addresses or anchors alone. */
const LINK = /\]\((?!https?:|mailto:|tel:|#)([^)\s#]+)(?:#[^)\s]*)?\)/g;

export function citations(markdown) {
  return [...markdown.matchAll(CITATION)].map(([, file, title]) => ({
    file,
    title: title.replace(/^…/, '').replace(/…$/, ''),
  }));
}

describe('docs/accessibility.md', () => {
  const text = readFileSync(path.join(DOCS, 'accessibility.md'), 'utf8');
  const cited = citations(text);

  it('cites tests for its claims', () => {
    assert.ok(cited.length >= 100, `only ${cited.length} citations found; has the citation format changed?`);
  });

  it('cites only test files that exist, by titles they still have', () => {
    const problems = [];
    for (const { file, title } of cited) {
      const full = path.join(DOCS, file);
      if (!existsSync(full)) problems.push(`missing file ${file}`);
      else if (!readFileSync(full, 'utf8').includes(title)) problems.push(`${file} has no test "${title}"`);
    }
    assert.deepEqual(problems, []);
  });

  it('the check notices a title that is not there', () => {
    const [first] = cited;
    const wrong = citations(`| x | y | [t](${first.file}) › "a title no test has" |`);
    assert.equal(wrong.length, 1);
    assert.ok(!readFileSync(path.join(DOCS, wrong[0].file), 'utf8').includes(wrong[0].title));
  });
});

describe('links in the documentation', () => {
  const pages = [
    path.join(ROOT, 'README.md'),
    ...readdirSync(DOCS)
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(DOCS, f)),
  ];
  for (const page of pages) {
    it(`${path.relative(ROOT, page)} links only to files that exist`, () => {
      const broken = [...readFileSync(page, 'utf8').matchAll(LINK)]
        .map(([, target]) => target)
        .filter((target) => !existsSync(path.resolve(path.dirname(page), decodeURI(target))));
      assert.deepEqual(broken, []);
    });
  }
});
