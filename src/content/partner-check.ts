import { ASPECT_IDS, MUNICIPALITY_IDS, RESOURCE_KINDS, RESOURCE_ORIGINS, TOPIC_IDS } from './model.js';
import { parseDutchPhone } from './phone.js';
import { isSafeUrl, WEB_PROTOCOLS } from './safe-url.js';
import type { PartnerContent } from './schema/partner-content.js';
import { ID, int, isObject, localized, text } from './session-check.js';

/**
 * A partner's content file (contacts and resources) checked without zod, as `partnerContentSchema`
 * checks it: the same verdict and the same value (see `session-check.ts`). Loaded only on a page
 * with partner content.
 */

/** A refusal inside a check: the whole content is refused, and zod names the problems. */
const REFUSED = Symbol('refused');

function must<T>(value: T | undefined): T {
  if (value === undefined) throw REFUSED;
  return value;
}

/** Copies the optional fields present in `from` to `to`, each through its check. */
function optional(
  from: Record<string, unknown>,
  to: Record<string, unknown>,
  checks: Record<string, (v: unknown) => unknown>,
): void {
  for (const [key, check] of Object.entries(checks)) {
    if (!(key in from)) continue;
    to[key] = from[key] === undefined ? undefined : must(check(from[key]));
  }
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): T | undefined =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;

const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const id = (v: unknown) => (typeof v === 'string' && ID.test(v) ? v : undefined);
const webUrl = (v: unknown) => (typeof v === 'string' && isSafeUrl(v, WEB_PROTOCOLS) ? v : undefined);
const phone = (v: unknown) => (typeof v === 'string' && parseDutchPhone(v) !== null ? v : undefined);
/** zod's `z.email()` pattern, written out so zod stays out of the first load (the property test holds them together). */
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const email = (v: unknown) => (typeof v === 'string' && EMAIL.test(v) ? v : undefined);

/** A list whose every item passes `check`, with at least `min` items. */
const listOf =
  <T>(check: (v: unknown) => T | undefined, min = 0) =>
  (v: unknown): T[] | undefined =>
    Array.isArray(v) && v.length >= min ? v.map((item) => must(check(item))) : undefined;

/** The fields of `value`, refused when it is not an object or has a field outside `keys`. */
function fields(value: unknown, keys: readonly string[]): Record<string, unknown> {
  if (!isObject(value) || Object.keys(value).some((k) => !keys.includes(k))) throw REFUSED;
  return value;
}

const CONTACT_KEYS = ['id', 'name', 'organisation', 'reason', 'aspects', 'municipalities', 'hours', 'phone', 'email', 'website', 'example'];

function contact(value: unknown): Record<string, unknown> {
  const c = fields(value, CONTACT_KEYS);
  const out: Record<string, unknown> = {
    id: must(id(c['id'])),
    name: must(localized(c['name'])),
  };
  optional(c, out, { organisation: localized });
  out['reason'] = must(localized(c['reason']));
  out['aspects'] = must(listOf(oneOf(ASPECT_IDS), 1)(c['aspects']));
  optional(c, out, {
    municipalities: listOf(oneOf(MUNICIPALITY_IDS), 1),
    hours: localized,
    phone,
    email,
    website: webUrl,
    example: bool,
  });
  if ([out['phone'], out['email'], out['website']].every((v) => v === undefined)) throw REFUSED;
  return out;
}

const RESOURCE_KEYS = [
  'id', 'aspects', 'origin', 'kind', 'title', 'provider', 'durationMinutes', 'durationText', 'url',
  'skjAccredited', 'freelyShareable', 'note', 'description', 'sections',
];

function resource(value: unknown): Record<string, unknown> {
  const r = fields(value, RESOURCE_KEYS);
  const aspects = must(listOf(oneOf(TOPIC_IDS), 1)(r['aspects']));
  if (new Set(aspects).size !== aspects.length) throw REFUSED;
  const out: Record<string, unknown> = {
    id: must(id(r['id'])),
    aspects,
    origin: must(oneOf(RESOURCE_ORIGINS)(r['origin'])),
    kind: must(oneOf(RESOURCE_KINDS)(r['kind'])),
    title: must(localized(r['title'])),
    provider: must(localized(r['provider'])),
  };
  optional(r, out, {
    durationMinutes: (v) => (int(v) && v > 0 ? v : undefined),
    durationText: localized,
    url: webUrl,
    skjAccredited: bool,
    freelyShareable: bool,
    note: localized,
    description: localized,
    sections: listOf(text, 1),
  });
  return out;
}

/** A list of items with unique ids. */
function uniqueList(value: unknown, item: (v: unknown) => Record<string, unknown>): Record<string, unknown>[] {
  const items = must(listOf(item)(value));
  if (new Set(items.map((i) => i['id'])).size !== items.length) throw REFUSED;
  return items;
}

/**
 * The partner content in `value` (decoded JSON), checked and trimmed as `partnerContentSchema`
 * does; undefined when it has any problem (then `parsePartnerContent` names them).
 */
export function checkPartnerContent(value: unknown): PartnerContent | undefined {
  try {
    const content = fields(value, ['$schema', 'contacts', 'resources']);
    const out: Record<string, unknown> = {};
    optional(content, out, {
      $schema: (v) => (typeof v === 'string' ? v : undefined),
      contacts: (v) => uniqueList(v, contact),
      resources: (v) => uniqueList(v, resource),
    });
    return out as PartnerContent;
  } catch (error) {
    if (error === REFUSED) return undefined;
    throw error;
  }
}
