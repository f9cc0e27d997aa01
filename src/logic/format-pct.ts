import { intlLocale, type Lang } from '../content/model.js';

/** Formats a percentage the reader's way: `64,5%` in Dutch, `64.5%` in English. */
export function formatPct(pct: number, lang: Lang): string {
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(pct / 100);
}
