/** Protocols a partner-supplied link may use. Anything else (javascript:, data:, vbscript:, …) is refused. */
export type LinkProtocol = 'http:' | 'https:' | 'mailto:' | 'tel:';

export const WEB_PROTOCOLS: readonly LinkProtocol[] = ['http:', 'https:'];
export const LINK_PROTOCOLS: readonly LinkProtocol[] = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * True when `value` is an absolute URL whose protocol is one of `allowed`.
 * Parsing with the URL constructor (not a regex) means tricks such as leading
 * whitespace, control characters or mixed case ("JaVaScRiPt:") are normalised
 * exactly as a browser would before the check.
 */
export function isSafeUrl(value: string, allowed: readonly LinkProtocol[] = LINK_PROTOCOLS): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (allowed as readonly string[]).includes(url.protocol);
}

/**
 * Resolves a possibly relative URL against `base` and checks its protocol.
 * Returns the absolute URL, or null when it is not allowed.
 */
export function resolveSafeUrl(
  value: string,
  base: string,
  allowed: readonly LinkProtocol[] = WEB_PROTOCOLS,
): string | null {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  return (allowed as readonly string[]).includes(url.protocol) ? url.href : null;
}
