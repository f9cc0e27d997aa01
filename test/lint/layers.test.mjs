// The layers hold by the linter: a planted import across a layer fails `npm run lint`, and the same
// file with an allowed import passes. Each case lints one fixture file as if it stood at its path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../', import.meta.url)) });

/** The messages of the layer rule for `code` placed at `filePath`. */
async function layerErrors(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const CASES = [
  // [where the file stands, a forbidden import, an allowed import]
  ['src/content/schema/fixture.ts', "import { parseScanResult } from '../../logic/scan-result.js';", "import { ASPECT_IDS } from '../model.js';"],
  ['src/content/default/fixture.ts', "import { heading } from '../../internal/heading.js';", "import { t } from './texts.js';"],
  ['src/content/fixture.ts', "import { html } from 'lit';", "import { LANGS } from './model.js';"],
  ['src/logic/fixture.ts', "import { LiveRegion } from '../internal/live-region.js';", "import { ASPECT_IDS } from '../content/model.js';"],
  ['src/logic/fixture.ts', "import { css } from 'lit';", "import { reasonsFor } from './scan-result.js';"],
  ['src/logic/fixture.ts', "import { tokens } from '../styles/tokens.js';", "import { KEEP_DAYS } from './storage.js';"],
  ['src/internal/fixture.ts', "import { OtdSelfScan } from '../elements/otd-self-scan/otd-self-scan.js';", "import { parseScanResult } from '../logic/scan-result.js';"],
  ['src/styles/fixture.ts', "import '../define/otd-self-scan.js';", "import { css } from 'lit';"],
  ['src/elements/otd-escalation-card/fixture.ts', "import { OtdSelfScan } from '../otd-self-scan/otd-self-scan.js';", "import { heading } from '../../internal/heading.js';"],
  ['src/elements/otd-self-scan/fixture.ts', "import '../../define/otd-self-scan.js';", "import { styles } from './otd-self-scan.styles.js';"],
  ['server/fixture.js', "import { signupSchema } from '../src/content/schema/signup.js';", "import { parseSignup } from '../dist/shared/signup.js';"],
];

describe('the layers, as the linter holds them', () => {
  for (const [filePath, forbidden, allowed] of CASES) {
    it(`${filePath}: refuses ${forbidden}`, async () => {
      const errors = await layerErrors(filePath, `${forbidden}\n`);
      assert.equal(errors.length, 1, `expected one layer error, got ${JSON.stringify(errors)}`);
    });
    it(`${filePath}: allows ${allowed}`, async () => {
      assert.deepEqual(await layerErrors(filePath, `${allowed}\n`), []);
    });
  }

  it('the tree as it stands breaks no layer', async () => {
    const results = await eslint.lintFiles(['src/', 'server/']);
    const broken = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    assert.ok(results.length > 60, `only ${results.length} files linted`);
    assert.deepEqual(broken, []);
  });
});
