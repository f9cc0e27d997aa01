import { toContentIssues, type ContentIssue } from './issues.js';
import { partnerContentSchema, type PartnerContent } from './schema/partner-content.js';

export type ContentResult =
  | { readonly ok: true; readonly content: PartnerContent }
  | { readonly ok: false; readonly issues: readonly ContentIssue[] };

/** Parses partner content (already decoded JSON) with the one schema both loading paths share. */
export function parsePartnerContent(data: unknown): ContentResult {
  const result = partnerContentSchema.safeParse(data);
  return result.success
    ? { ok: true, content: result.data }
    : { ok: false, issues: toContentIssues(result.error.issues) };
}
