import type { OtdIssueKind } from './schema/common.js';

/** One problem in partner content, with the path a web editor can look up in the file. */
export interface ContentIssue {
  /** For example `contacts[2].phone`; empty for the file as a whole. */
  readonly path: string;
  /** English, for the console and for developers. */
  readonly message: string;
  /** Zod's issue code (`invalid_type`, `custom`, …) or one of our own (`load`, `json`, `source`). */
  readonly code: string;
  /** Set when the issue comes from one of our own checks. */
  readonly kind?: OtdIssueKind;
  /** Allowed values, for enum issues. */
  readonly values?: readonly string[];
  /** The value that was refused, where it helps to repeat it (attributes). */
  readonly received?: string;
}

/** Writes a path as JSON readers expect: `contacts[2].phone`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    // A key that is not a plain name (empty, spaces, dots) is written in brackets, as JSON would.
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `${out}[${JSON.stringify(name)}]`;
    return out ? `${out}.${name}` : name;
  }, '');
}

interface ZodLikeIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly params?: Record<string, unknown>;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly format?: string;
}

/** Turns zod's issues into content issues; an unknown key is reported at its own path. */
export function toContentIssues(issues: readonly ZodLikeIssue[]): ContentIssue[] {
  return issues.flatMap((issue): ContentIssue[] => {
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({
        path: formatIssuePath([...issue.path, key]),
        message: 'Unknown field',
        code: issue.code,
      }));
    }
    const kind =
      (issue.params?.['otd'] as OtdIssueKind | undefined) ??
      (issue.code === 'invalid_format' && issue.format === 'email' ? 'email' : undefined);
    return [
      {
        path: formatIssuePath(issue.path),
        message: issue.message,
        code: issue.code,
        ...(kind ? { kind } : {}),
        ...(issue.values ? { values: issue.values.map(String) } : {}),
      },
    ];
  });
}
