import type { LocalizedText } from './model.js';
import type { Session } from './schema/sessions.js';

/**
 * Checks the widgets run before their first paint, without zod: here a training session from the
 * receiver, in `partner-check.ts` a partner's content file. Each gives the same verdict and the same
 * value as the zod schema in `schema/`, the one source of the rules
 * (`test/content/plain-checks.property.test.ts` compares them on thousands of generated cases):
 * change both together. Only when a check refuses does a widget load zod, to name every problem as
 * the schema words it.
 */

export const ID = /^[a-z0-9][a-z0-9._-]*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** zod's `z.iso.date()`: a real day as yyyy-mm-dd, leap days included. */
const DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

const SESSION_KEYS = new Set(['id', 'date', 'startTime', 'endTime', 'place', 'address', 'capacity', 'seatsLeft', 'waitingList']);

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A non-empty text, trimmed; undefined when it is not one. */
export function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const trimmed = v.trim();
  return trimmed ? trimmed : undefined;
}

export function localized(v: unknown): LocalizedText | undefined {
  if (typeof v === 'string') return text(v);
  if (!isObject(v) || Object.keys(v).some((k) => k !== 'nl' && k !== 'en')) return undefined;
  const nl = text(v['nl']);
  if (nl === undefined) return undefined;
  if (v['en'] === undefined) return 'en' in v ? { nl, en: undefined } : { nl };
  const en = text(v['en']);
  return en === undefined ? undefined : { nl, en };
}

export const int = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** The session in `value`, checked and trimmed as the shared schema does; undefined when it is not valid. */
export function checkSession(value: unknown): Session | undefined {
  if (!isObject(value) || Object.keys(value).some((k) => !SESSION_KEYS.has(k))) return undefined;
  const { id, date, startTime, endTime, capacity, seatsLeft, waitingList } = value;
  if (typeof id !== 'string' || !ID.test(id)) return undefined;
  if (typeof date !== 'string' || !DATE.test(date)) return undefined;
  if (typeof startTime !== 'string' || !TIME.test(startTime)) return undefined;
  if (typeof endTime !== 'string' || !TIME.test(endTime) || endTime <= startTime) return undefined;
  const place = localized(value['place']);
  if (place === undefined) return undefined;
  let address: string | undefined;
  if (value['address'] !== undefined) {
    address = text(value['address']);
    if (address === undefined) return undefined;
  }
  if (!int(capacity) || capacity <= 0 || !int(seatsLeft) || seatsLeft < 0 || seatsLeft > capacity) return undefined;
  if (waitingList !== undefined && typeof waitingList !== 'boolean') return undefined;
  const session: Record<string, unknown> = { id, date, startTime, endTime, place };
  if ('address' in value) session['address'] = address;
  session['capacity'] = capacity;
  session['seatsLeft'] = seatsLeft;
  if ('waitingList' in value) session['waitingList'] = waitingList;
  return session as unknown as Session;
}

