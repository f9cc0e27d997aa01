import type { Lang } from '../content/model.js';
import type { ContentIssue } from '../content/issues.js';

/** Messages every element shares: loading and content problems. */
const nl = {
  loading: 'Inhoud wordt geladen…',
  contentProblemTitle: 'Een deel van de inhoud van deze widget klopt niet en wordt niet getoond.',
  contentProblemHint: 'Voor de beheerder van deze pagina:',
  loadFailed: (status: string) => `De inhoud kon niet worden geladen (${status}).`,
  notJson: 'Het inhoudsbestand is geen geldige JSON.',
  badSource: 'Het adres in content-src moet met https:// of http:// beginnen.',
  wholeFile: 'het bestand',
  issue: {
    unsafe_url: 'alleen http(s)-, mailto- en tel-links zijn toegestaan',
    web_url: 'moet een volledig webadres zijn dat met https:// begint',
    phone: 'geen geldig Nederlands telefoonnummer (bijvoorbeeld 053 481 1234 of 0800-2000)',
    empty: 'mag niet leeg zijn',
    id: 'gebruik kleine letters, cijfers, punt, streepje of liggend streepje',
    channel: 'geef minstens een telefoonnummer, e-mailadres of website',
    unknownKey: 'onbekend veld',
    missing: 'ontbreekt of heeft het verkeerde type',
    oneOf: (values: string) => `kies een van: ${values}`,
    unknownValue: (value: string) => `„${value}" is onbekend`,
    email: 'geen geldig e-mailadres',
    other: 'ongeldige waarde',
  },
};
type Messages = typeof nl;

const en: Messages = {
  loading: 'Loading content…',
  contentProblemTitle: 'Part of the content of this widget is not valid and is not shown.',
  contentProblemHint: 'For the editor of this page:',
  loadFailed: (status) => `The content could not be loaded (${status}).`,
  notJson: 'The content file is not valid JSON.',
  badSource: 'The address in content-src must start with https:// or http://.',
  wholeFile: 'the file',
  issue: {
    unsafe_url: 'only http(s), mailto and tel links are allowed',
    web_url: 'must be a full web address starting with https://',
    phone: 'not a valid Dutch phone number (for example 053 481 1234 or 0800-2000)',
    empty: 'must not be empty',
    id: 'use lower case letters, digits, dots, dashes or underscores',
    channel: 'give at least a phone number, an e-mail address or a website',
    unknownKey: 'unknown field',
    missing: 'is missing or has the wrong type',
    oneOf: (values) => `choose one of: ${values}`,
    unknownValue: (value) => `"${value}" is unknown`,
    email: 'not a valid e-mail address',
    other: 'invalid value',
  },
};

export const baseMessages: Record<Lang, Messages> = { nl, en };

/** Words a content issue in the reader's language, keeping the exact path. */
export function describeIssue(issue: ContentIssue, lang: Lang): string {
  const m = baseMessages[lang];
  if (issue.code === 'load' || issue.code === 'json' || issue.code === 'source') {
    if (issue.code === 'json') return m.notJson;
    if (issue.code === 'source') return m.badSource;
    return m.loadFailed(issue.message);
  }
  let text: string;
  if (issue.kind) text = m.issue[issue.kind];
  else if (issue.code === 'unrecognized_keys') text = m.issue.unknownKey;
  else if (issue.code === 'invalid_type' || issue.code === 'invalid_union') text = m.issue.missing;
  else if (issue.code === 'invalid_value' && issue.values) {
    const choose = m.issue.oneOf(issue.values.join(', '));
    text = issue.received ? `${m.issue.unknownValue(issue.received)}; ${choose}` : choose;
  }
  else if (issue.code === 'invalid_format') text = m.issue.email;
  else text = m.issue.other;
  return text;
}
