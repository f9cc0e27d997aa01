import { Catalogue } from '../../content/catalogue.js';
import type { ResourceKind, ResourceOrigin } from '../../content/model.js';

const nl = {
  heading: 'Studiemateriaal over complexe scheidingen',
  intro:
    'Gratis materiaal om zelf te bestuderen en het aanbod in de regio Twente, per onderwerp. De zelfstudie over de juridische en de financiële aspecten is verplicht in de leerlijn.',
  general: 'Overkoepelend',
  mandatory: 'verplicht',
  origin: { self_study: 'Zelfstudie', regional_offer: 'Aanbod in de regio' } satisfies Record<ResourceOrigin, string>,
  kind: {
    webinar: 'Webinar',
    podcast: 'Podcast',
    article: 'Artikel',
    report: 'Rapport',
    app: 'App',
    training: 'Training',
    workshop: 'Workshop',
    therapeutic_programme: 'Therapeutisch programma',
  } satisfies Record<ResourceKind, string>,
  skj: 'SKJ-geaccrediteerd',
  notShareable: 'Niet vrij te delen.',
  newTab: '(opent in een nieuw tabblad)',
  noUrl: 'Geen link beschikbaar. Vraag ernaar bij de aanbieder of je eigen organisatie.',
  done: 'Gedaan',
  doneOf: (title: string) => `: ${title}`,
  filteredOut: 'Geen materiaal dat past bij je keuze.',
  // Filters
  filterKind: 'Soort materiaal',
  filterKindHint: 'Kies niets om alle soorten te zien.',
  filterLength: 'Duur',
  lengthAll: 'Alles',
  lengthUpTo: (duration: string) => `Tot ${duration}`,
  lengthHint: 'Materiaal waarvan de duur niet bekend is, valt weg als je een duur kiest.',
  count: (shown: number, total: number) =>
    shown === total
      ? `${total} ${total === 1 ? 'materiaal' : 'materialen'}`
      : `${shown} van de ${total} materialen ${shown === 1 ? 'past' : 'passen'} bij je keuze`,
  // Scan
  scanOrdered: 'Op basis van je scan staan de onderwerpen waar je het meest kunt winnen bovenaan.',
  scanNoFocus: 'Je scan laat geen onderwerp zien waar je nog aan wilt werken. Hieronder staat al het materiaal.',
  why: 'Uit je scan:',
  reason: {
    knowledgeSource: { nee: 'je gaf aan niet te weten waar je kennis kunt halen', misschien: 'je gaf aan niet zeker te weten waar je kennis kunt halen' },
    escalation: { nee: 'je gaf aan niet te weten naar wie je kunt opschalen', misschien: 'je gaf aan niet zeker te weten naar wie je kunt opschalen' },
    competence: 'je gaf aan dat je kennis en vaardigheden nog onvoldoende zijn',
  },
  more: 'Meer materiaal',
  // The few items shown first
  topTitle: 'Begin hier',
  pathLevels: 'De niveaus en hun activiteiten',
  topIntro: 'Deze materialen passen nu het best bij je. Al het andere materiaal staat per onderwerp onder „Meer materiaal”.',
  whyMandatory: (topic: string) => `Verplichte module ${topic}: nog niet gedaan.`,
  whyFocus: (topic: string, reasons: string) => `Uit je scan over ${topic}: ${reasons}.`,
  // Safety
  safetyPointers:
    'Het rapport noemt voor veiligheid wel twee leidraden voor het handelen bij (een vermoeden van) kindermishandeling:',
  meldcode: 'Meldcode huiselijk geweld en kindermishandeling',
  meldcodeBy: 'Rijksoverheid',
  richtlijn: 'Richtlijn Kindermishandeling voor jeugdhulp en jeugdbescherming',
  richtlijnBy: 'Richtlijnen jeugdhulp en jeugdbescherming (NJi)',
  // Progress
  progressTitle: 'Je voortgang',
  progressModules: 'Verplichte zelfstudie',
  progress: (module: string, done: number, total: number) => `${module}: ${done} van ${total} gedaan`,
  // Learning path
  pathTitle: 'De leerlijn',
  pathIntro: (model: string) =>
    `De leerlijn uit het rapport volgt de ${model}. Het materiaal hierboven is de zelfstudie, op het eerste niveau.`,
  selfStudyHere: 'Hier hoort dit materiaal bij',
  toSignup: 'Naar de aanmelding voor de training',
  // Storage
  keepOnDevice: 'Onthoud wat ik gedaan heb op dit apparaat (30 dagen)',
  keepOnDeviceHint: 'Anders vergeet deze pagina het zodra je hem opnieuw laadt of verlaat. Doe dit niet op een gedeelde computer.',
};
export type ResourceRecommenderMessages = typeof nl;

export const resourceRecommenderCatalogue = Catalogue.of<ResourceRecommenderMessages>(nl, () => import('./otd-resource-recommender.messages.en.js'));
