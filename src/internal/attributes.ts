import type { ContentIssue } from '../content/issues.js';

/**
 * Reads an attribute that lists ids (`aspects="juridisch financieel"`, also comma-separated, in any
 * case): the known ids once each, in the order written, and what is not known.
 */
export function parseIdList<T extends string>(
  value: string | undefined,
  known: readonly T[],
): { readonly ids: T[]; readonly unknown: string[] } {
  const tokens = (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  const isKnown = (t: string): t is T => (known as readonly string[]).includes(t);
  return { ids: [...new Set(tokens.filter(isKnown))], unknown: tokens.filter((t) => !isKnown(t)) };
}

/** The problem with an attribute whose value is none of `values`; shown and reported like a content problem. */
export function unknownValueIssue(
  path: string,
  what: string,
  received: readonly string[],
  values: readonly string[],
): ContentIssue {
  return {
    path,
    message: `Unknown ${what} "${received.join('", "')}"`,
    code: 'invalid_value',
    values,
    received: received.join(' '),
  };
}
