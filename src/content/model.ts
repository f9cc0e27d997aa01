/**
 * The content model's plain constants and types, with no validator attached, so elements can
 * import them without pulling zod into their bundle. The zod schemas in `schema/` build on these.
 */

/** The languages the widgets speak. Dutch is the default. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The locale the widgets format numbers, dates and lists in: Dutch as in the Netherlands, English as in Britain. */
export function intlLocale(lang: Lang): 'nl-NL' | 'en-GB' {
  return lang === 'en' ? 'en-GB' : 'nl-NL';
}

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

/** How often a professional deals with families in (complex) divorce, in the survey's order. */
export const FREQUENCY_GROUP_IDS = ['gt_weekly', 'gt_twice_monthly', 'gt_monthly', 'gt_quarterly', 'lt_quarterly'] as const;
export type FrequencyGroupId = (typeof FREQUENCY_GROUP_IDS)[number];

/** The survey's four-point scale, from "Sterk mee oneens" to "Sterk mee eens". */
export const AGREEMENT_ANSWERS = ['sterk_mee_oneens', 'oneens', 'eens', 'sterk_mee_eens'] as const;
export type AgreementAnswer = (typeof AGREEMENT_ANSWERS)[number];

export const YES_NO_MAYBE_ANSWERS = ['ja', 'nee', 'misschien'] as const;
export type YesNoMaybe = (typeof YES_NO_MAYBE_ANSWERS)[number];

export const SCALE_IDS = ['agreement', 'yes_no_maybe'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

/**
 * The three questions the survey asks per aspect, in its order: rating one's own knowledge and skills
 * (competence), knowing where to find knowledge (knowledgeSource), knowing whom to escalate to (escalation).
 */
export const QUESTION_KINDS = ['competence', 'knowledgeSource', 'escalation'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What a question or a resource is about: one of the six aspects, or the subject as a whole. */
export const TOPIC_IDS = ['general', ...ASPECT_IDS] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** Where a resource comes from: the national self-study list (report ch. 9) or the regional offer (Appendix 1). */
export const RESOURCE_ORIGINS = ['self_study', 'regional_offer'] as const;
export type ResourceOrigin = (typeof RESOURCE_ORIGINS)[number];

export const RESOURCE_KINDS = [
  'webinar',
  'podcast',
  'article',
  'report',
  'app',
  'training',
  'workshop',
  'therapeutic_programme',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Miller's four levels of competence as the report names them (Weten, Toepassen, Laten zien, Doen), in order. */
export const LEARNING_LEVEL_IDS = ['weten', 'toepassen', 'laten_zien', 'doen'] as const;
export type LearningLevelId = (typeof LEARNING_LEVEL_IDS)[number];

/** How an activity takes place. Our classification, not the report's words. */
export const ACTIVITY_MODES = ['online', 'self_paced', 'in_person', 'ongoing'] as const;
export type ActivityMode = (typeof ACTIVITY_MODES)[number];

/** The answers that count as rating one's own knowledge (very) insufficient, as the report counts them. */
export const INSUFFICIENT: readonly AgreementAnswer[] = ['sterk_mee_oneens', 'oneens'];

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

/**
 * `nl` when `localize(text, lang)` falls back to Dutch in an English widget, else undefined: the
 * `lang` a piece of text needs so a screen reader reads it in its own language (WCAG 3.1.2).
 */
export function fallbackLang(text: LocalizedText, lang: Lang): Lang | undefined {
  return lang === 'en' && (typeof text === 'string' || !text.en) ? 'nl' : undefined;
}
