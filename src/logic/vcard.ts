/** Escapes a vCard text value (RFC 6350 §3.4). */
function escape(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2): continuation lines start with a space, and a
 * character is never split, so multi-byte text (é, emoji) stays intact.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface VCardFields {
  readonly name: string;
  readonly organisation?: string;
  /** E.164 or a short number, as used in `tel:`. */
  readonly tel?: string;
  readonly email?: string;
  readonly url?: string;
  readonly note?: string;
}

/** A vCard 3.0 (read by every phone and address book) for one contact. */
export function toVCard(fields: VCardFields): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escape(fields.name)}`,
    `N:;${escape(fields.name)};;;`,
    fields.organisation ? `ORG:${escape(fields.organisation)}` : '',
    fields.tel ? `TEL;TYPE=WORK,VOICE:${fields.tel}` : '',
    fields.email ? `EMAIL;TYPE=INTERNET,WORK:${fields.email}` : '',
    fields.url ? `URL:${fields.url}` : '',
    fields.note ? `NOTE:${escape(fields.note)}` : '',
    'END:VCARD',
  ].filter(Boolean);
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A file name from a contact id, safe on every system. */
export function vCardFileName(id: string): string {
  return `${id.replace(/[^a-z0-9._-]/gi, '-')}.vcf`;
}
