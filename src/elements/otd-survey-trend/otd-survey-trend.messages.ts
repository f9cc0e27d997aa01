import { Catalogue } from '../../content/catalogue.js';

const nl = {
  heading: 'Hoe staat Twente ervoor?',
  intro: (n: number, date: string) =>
    `De peiling van ${date} onder ${n} Twentse professionals, naast de zelfscans die professionals sindsdien anoniem met de regio deelden.`,
  selfSelection:
    'Let op: wie een scan deelt, kiest daar zelf voor. De gedeelde scans zijn geen aselecte steekproef: ze laten zien hoe de deelnemers zichzelf inschatten, niet heel Twente.',
  municipalityLabel: 'Gemeente',
  municipalityAll: 'Heel Twente',
  groupLabel: 'Hoe vaak te maken met scheidingen',
  groupAll: 'Alle professionals',
  baselineColumn: (date: string) => `Peiling ${date}`,
  periodSince: (month: string) => `Gedeeld sinds ${month}`,
  periodAll: 'Gedeelde scans',
  tableOf: (topic: string) => `Tabel ${topic}`,
  question: 'Vraag',
  measure: {
    competence: 'Vindt eigen kennis en vaardigheden (zeer) onvoldoende',
    knowledgeSource: 'Weet waar kennis te halen',
    escalation: 'Weet naar wie op te schalen',
  },
  general: 'Algemeen',
  tooFew: 'te weinig antwoorden',
  unreliable: 'niet betrouwbaar',
  noData: 'geen gegevens',
  nOf: (n: number) => `n = ${n}`,
  shared: (n: number) => (n === 1 ? '1 gedeelde scan' : `${n} gedeelde scans`),
  withheldMunicipality: (name: string, min: number) =>
    `Voor ${name} zijn minder dan ${min} scans gedeeld (of zo weinig dat ze anders te herleiden zouden zijn). De cijfers blijven verborgen tot er genoeg zijn.`,
  suppressionNote: (min: number) => `Een cijfer uit minder dan ${min} antwoorden tonen we niet: „te weinig antwoorden”.`,
  loading: 'Cijfers laden…',
  failed: 'De gedeelde cijfers konden niet worden geladen. De cijfers van 2022 staan hieronder.',
  retry: 'Opnieuw proberen',
  loaded: (where: string) => `Cijfers voor ${where} geladen.`,
  download: 'Download deze cijfers (CSV)',
  chartLegendBaseline: (date: string) => `Peiling ${date}`,
  chartLegendPeriod: 'Gedeelde scans',
  chartCaption: (aspect: string) => `${aspect}: 2022 en nu`,
  csvTopic: 'Onderwerp',
  csvMeasure: 'Maat',
  csvPct: 'Percentage',
  csvN: 'n',
  csvNote: 'Opmerking',
};
export type SurveyTrendMessages = typeof nl;

export const surveyTrendCatalogue = Catalogue.of<SurveyTrendMessages>(nl, () => import('./otd-survey-trend.messages.en.js'));
