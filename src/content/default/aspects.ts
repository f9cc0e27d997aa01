import type { Aspect } from '../schema/place.js';

/** The six aspects in the report's order. `surveyLabel` is the survey's caption (checked against the seed). */
export const DEFAULT_ASPECTS: readonly Aspect[] = [
  {
    id: 'juridisch',
    name: { nl: 'Juridisch', en: 'Legal' },
    surveyLabel: { nl: 'Juridische aspect', en: 'Legal aspects' },
  },
  {
    id: 'relationeel',
    name: { nl: 'Relationeel', en: 'Relational' },
    surveyLabel: { nl: 'Relationele aspect', en: 'Relational aspects' },
  },
  {
    id: 'ouderschap',
    name: { nl: 'Ouderschap', en: 'Parenting' },
    surveyLabel: { nl: 'Ouderschapsaspecten', en: 'Parenting aspects' },
  },
  {
    id: 'veiligheid',
    name: { nl: 'Veiligheid', en: 'Safety' },
    surveyLabel: { nl: 'Veiligheidsaspecten', en: 'Safety aspects' },
  },
  {
    id: 'financieel',
    name: { nl: 'Financieel', en: 'Financial' },
    surveyLabel: { nl: 'Financiële aspecten', en: 'Financial aspects' },
  },
  {
    id: 'professioneel',
    name: { nl: 'Professionele afwegingen', en: 'Professional judgement' },
    surveyLabel: { nl: 'Professionele afwegingen', en: 'Professional judgement' },
  },
];
