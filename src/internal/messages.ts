import { Catalogue } from '../content/catalogue.js';
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
export type BaseMessages = typeof nl;

export const baseCatalogue = Catalogue.of<BaseMessages>(nl, () => import('./messages.en.js'));

/** Words a content issue in the reader's language, keeping the exact path. */
export function describeIssue(issue: ContentIssue, m: BaseMessages): string {
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
  else text = m.issue.other;
  return text;
}
