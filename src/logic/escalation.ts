import type { AspectId, MunicipalityId } from '../content/model.js';
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

export interface AspectContacts {
  /** Contacts to show: local ones for the chosen municipality first, then national ones. */
  readonly shown: Contact[];
  /** Local contacts that would show once a municipality is chosen (none chosen yet). */
  readonly hiddenLocal: number;
}

/** The contacts for one aspect and (optionally) one municipality. */
export function contactsFor(
  contacts: readonly Contact[],
  aspect: AspectId,
  municipality?: MunicipalityId,
): AspectContacts {
  const forAspect = contacts.filter((c) => c.aspects.includes(aspect));
  const local = forAspect.filter((c) => c.municipalities !== undefined);
  const national = forAspect.filter((c) => c.municipalities === undefined);
  if (!municipality) return { shown: national, hiddenLocal: local.length };
  const mine = local.filter((c) => c.municipalities?.includes(municipality));
  return { shown: [...mine, ...national], hiddenLocal: 0 };
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
