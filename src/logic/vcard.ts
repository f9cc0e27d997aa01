/** Escapes a vCard text value (RFC 6350 §3.4). */
function escape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

/** Folds a content line at 75 octets-ish (characters here), as vCard readers expect. */
function fold(line: string): string {
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += 74) parts.push(line.slice(i, i + 74));
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
