import { ASPECT_IDS, type AspectId, type MunicipalityId } from '../content/model.js';
import type { Contact } from '../content/schema/contacts.js';
import { escalationNeeds, type ScanResult } from './scan-result.js';

/**
 * The contacts a card works with: the partner's sociale kaart first, then the national ones.
 * A partner contact with the id of a national one replaces it, except the protected contacts
 * (Veilig Thuis and 112), which no content can change or remove.
 */
export function mergeContacts(
  national: readonly Contact[],
  partner: readonly Contact[] = [],
  protectedIds: readonly string[] = [],
): Contact[] {
  const usable = partner.filter((c) => !protectedIds.includes(c.id));
  const replaced = new Set(usable.map((c) => c.id));
  return [...usable, ...national.filter((c) => !replaced.has(c.id))];
}

/** One contact on a card: listed once, however many aspects it helps with. */
export interface ListedContact {
  readonly contact: Contact;
  /** Every aspect it helps with, each once, in the report's order: its tags. */
  readonly aspects: readonly AspectId[];
}

export interface CardContacts {
  /** Each contact once, in the card's order (see `listContacts`). */
  readonly shown: ListedContact[];
  /** Local contacts that would show once a municipality is chosen (none chosen yet). */
  readonly hiddenLocal: number;
}

export interface ListOptions {
  /** The aspects to list contacts for, in the report's order: all six, or the one a filter or `aspect` chose. */
  readonly aspects: readonly AspectId[];
  /** The municipality chosen; without it, local contacts are counted in `hiddenLocal`, not shown. */
  readonly municipality?: MunicipalityId;
  /** The scan's result: contacts for the aspects where the person does not know whom to escalate to come first. */
  readonly result?: ScanResult;
  /** Ids shown elsewhere on the card (Veilig Thuis and 112), left out of the list. */
  readonly exclude?: readonly string[];
}

/**
 * The contacts a card lists, each once (by id) with the aspects it helps with as tags: those that
 * help with one of `aspects`, local ones only in their municipality. The order: by the first of
 * `aspects` (ordered by `orderAspects`: the scan's escalation needs first) a contact helps with,
 * then local before national, then the given order.
 */
export function listContacts(contacts: readonly Contact[], options: ListOptions): CardContacts {
  const { municipality, exclude = [] } = options;
  const order = orderAspects(options.aspects, options.result);
  const seen = new Set<string>(exclude);
  const candidates: { listed: ListedContact; rank: number; local: boolean; index: number }[] = [];
  let hiddenLocal = 0;
  contacts.forEach((contact, index) => {
    if (seen.has(contact.id)) return;
    const ranks = contact.aspects.map((a) => order.indexOf(a)).filter((i) => i >= 0);
    if (!ranks.length) return;
    seen.add(contact.id);
    const local = contact.municipalities !== undefined;
    if (local && !municipality) hiddenLocal++;
    if (local && !contact.municipalities!.includes(municipality!)) return;
    const aspects = ASPECT_IDS.filter((a) => contact.aspects.includes(a));
    candidates.push({ listed: { contact, aspects }, rank: Math.min(...ranks), local, index });
  });
  candidates.sort((a, b) => a.rank - b.rank || Number(b.local) - Number(a.local) || a.index - b.index);
  return { shown: candidates.map((c) => c.listed), hiddenLocal };
}

/**
 * The order of the aspects on a card. Without a scan result, the given order. With one, first
 * the aspects where the person did not answer "ja" to "weet jij naar wie je kunt opschalen",
 * then the rest, each group keeping the given order.
 */
export function orderAspects(aspects: readonly AspectId[], result?: ScanResult): AspectId[] {
  const unsure = escalationNeeds(result);
  return [...aspects.filter((a) => unsure.has(a)), ...aspects.filter((a) => !unsure.has(a))];
}
