// Every element test must leave the console quiet. Between watchConsole() (in `beforeEach`) and
// expectQuietConsole() (at the end of `afterEach`), console.warn and console.error are recorded
// instead of printed; a test that expects a warning takes it with takeWarnings().
import { expect } from '@open-wc/testing';

const realWarn = console.warn;
const realError = console.error;
let warnings: unknown[][] = [];
let errors: unknown[][] = [];

/** Starts recording console.warn and console.error, from empty. */
export function watchConsole(): void {
  warnings = [];
  errors = [];
  console.warn = (...args: unknown[]) => void warnings.push(args);
  console.error = (...args: unknown[]) => void errors.push(args);
}

/** The warnings recorded so far (each one's arguments), which then no longer count as noise. */
export function takeWarnings(): unknown[][] {
  const taken = warnings;
  warnings = [];
  return taken;
}

/** Puts the real console back and fails unless nothing was written to it (apart from taken warnings). */
export function expectQuietConsole(): void {
  console.warn = realWarn;
  console.error = realError;
  expect(errors.map((args) => args.map(String).join(' ')), 'console.error').to.deep.equal([]);
  expect(warnings.map((args) => args.map(String).join(' ')), 'console.warn').to.deep.equal([]);
}
