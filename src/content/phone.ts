/**
 * Dutch phone numbers: parsing partner input, E.164 for `tel:` links, and the
 * Dutch way of writing them for display.
 */
export interface PhoneNumber {
  /** What goes after `tel:`: E.164 (`+318002000`), or the short number itself (`112`, `14053`). */
  readonly tel: string;
  /** The number as Dutch readers expect it: `0800-2000`, `053 481 1234`, `06 1234 5678`, `112`. */
  readonly display: string;
}

/** Two-digit area codes (after the 0). Every other geographic area code has three digits. */
const TWO_DIGIT_AREA_CODES = new Set([
  '10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43', '45', '46',
  '50', '53', '55', '58', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79',
]);
/** Information and premium-rate prefixes written as `0800-2000`. */
const SERVICE_PREFIXES = ['800', '900', '906', '909'];

/**
 * Parses a Dutch number as a person would type it ("0800-2000", "053 - 481 12 34",
 * "+31 (0)53 4811234", "0031 6 12345678", "112", "14 053"). Returns null when it is
 * not a number a Dutch phone can call.
 */
export function parseDutchPhone(input: string): PhoneNumber | null {
  const raw = input.trim();
  if (!/^[+\d(][\d\s().\-/]*$/.test(raw)) return null;
  let digits = raw.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.indexOf('+') > 0) return null;

  // Emergency and short municipal numbers (14 + area code) are dialled as they are.
  if (digits === '112') return { tel: '112', display: '112' };
  if (/^14\d{3,4}$/.test(digits)) return { tel: digits, display: `14 ${digits.slice(2)}` };

  if (digits.startsWith('+31')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0031')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('+')) return null;
  if (!digits.startsWith('0') || digits.startsWith('00')) return null;

  const national = digits.slice(1);
  const tel = `+31${national}`;
  const service = SERVICE_PREFIXES.find((p) => national.startsWith(p));
  if (service) {
    const rest = national.slice(service.length);
    if (rest.length < 4 || rest.length > 7) return null;
    return { tel, display: `0${service}-${rest}` };
  }
  if (national.length !== 9) return null;
  if (national.startsWith('6')) {
    return { tel, display: `06 ${national.slice(1, 5)} ${national.slice(5)}` };
  }
  const areaLength = TWO_DIGIT_AREA_CODES.has(national.slice(0, 2)) ? 2 : 3;
  const area = national.slice(0, areaLength);
  const subscriber = national.slice(areaLength);
  return { tel, display: `0${area} ${subscriber.slice(0, 3)} ${subscriber.slice(3)}` };
}
