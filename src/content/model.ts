/**
 * The content model's plain constants and types, with no validator attached, so elements can
 * import them without pulling zod into their bundle. The zod schemas in `schema/` build on these.
 */

/** The languages the widgets speak. Dutch is the default. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The six aspects of a (complex) divorce the report and its survey use, in the report's order. */
export const ASPECT_IDS = [
  'juridisch',
  'relationeel',
  'ouderschap',
  'veiligheid',
  'financieel',
  'professioneel',
] as const;
export type AspectId = (typeof ASPECT_IDS)[number];

/** The 14 Twente municipalities (SamenTwente), as ids a web editor can type. */
export const MUNICIPALITY_IDS = [
  'almelo',
  'borne',
  'dinkelland',
  'enschede',
  'haaksbergen',
  'hellendoorn',
  'hengelo',
  'hof-van-twente',
  'losser',
  'oldenzaal',
  'rijssen-holten',
  'tubbergen',
  'twenterand',
  'wierden',
] as const;
export type MunicipalityId = (typeof MUNICIPALITY_IDS)[number];

/** Text a partner writes: one Dutch string, or per language (English falls back to Dutch). */
export type LocalizedText = string | { readonly nl: string; readonly en?: string };

/** Text in both languages, as the bundled default content has it. */
export interface BilingualText {
  readonly nl: string;
  readonly en: string;
}

/** Picks the text for a language, falling back to Dutch. */
export function localize(text: LocalizedText, lang: Lang): string {
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.nl;
}
