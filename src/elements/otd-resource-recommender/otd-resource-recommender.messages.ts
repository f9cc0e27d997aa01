import type { Lang, ResourceKind, ResourceOrigin } from '../../content/model.js';

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
  keepOnDeviceHint: 'Anders onthoudt deze pagina het alleen tot je hem sluit. Doe dit niet op een gedeelde computer.',
};
export type ResourceRecommenderMessages = typeof nl;

const en: ResourceRecommenderMessages = {
  heading: 'Study material on complex divorces',
  intro:
    'Free material for self-study and what is on offer in the Twente region, per topic. The self-study on the legal and the financial aspects is mandatory in the learning path.',
  general: 'Overarching',
  mandatory: 'mandatory',
  origin: { self_study: 'Self-study', regional_offer: 'On offer in the region' },
  kind: {
    webinar: 'Webinar',
    podcast: 'Podcast',
    article: 'Article',
    report: 'Report',
    app: 'App',
    training: 'Training',
    workshop: 'Workshop',
    therapeutic_programme: 'Therapeutic programme',
  },
  skj: 'SKJ accredited',
  notShareable: 'Not freely shareable.',
  newTab: '(opens in a new tab)',
  noUrl: 'No link available. Ask the provider or your own organisation.',
  done: 'Done',
  doneOf: (title) => `: ${title}`,
  filteredOut: 'No material that fits your choice.',
  filterKind: 'Kind of material',
  filterKindHint: 'Choose none to see every kind.',
  filterLength: 'Length',
  lengthAll: 'Any length',
  lengthUpTo: (duration) => `Up to ${duration}`,
  lengthHint: 'Material of unknown length is left out when you choose a length.',
  count: (shown, total) =>
    shown === total
      ? `${total} ${total === 1 ? 'item' : 'items'}`
      : `${shown} of ${total} items ${shown === 1 ? 'fits' : 'fit'} your choice`,
  scanOrdered: 'Based on your scan, the topics where you can gain most come first.',
  scanNoFocus: 'Your scan shows no topic you still need to work on. Below is all the material.',
  why: 'From your scan:',
  reason: {
    knowledgeSource: { nee: 'you said you do not know where to find knowledge', misschien: 'you said you are not sure where to find knowledge' },
    escalation: { nee: 'you said you do not know whom to escalate to', misschien: 'you said you are not sure whom to escalate to' },
    competence: 'you said your knowledge and skills are not yet sufficient',
  },
  more: 'More material',
  safetyPointers: 'For safety the report does name two guides for acting on (a suspicion of) child abuse (in Dutch):',
  meldcode: 'Meldcode huiselijk geweld en kindermishandeling (reporting code for domestic violence and child abuse)',
  meldcodeBy: 'Dutch government',
  richtlijn: 'Richtlijn Kindermishandeling voor jeugdhulp en jeugdbescherming (guideline on child abuse)',
  richtlijnBy: 'Richtlijnen jeugdhulp en jeugdbescherming (NJi)',
  progressTitle: 'Your progress',
  progressModules: 'Mandatory self-study',
  progress: (module, done, total) => `${module}: ${done} of ${total} done`,
  pathTitle: 'The learning path',
  pathIntro: (model) =>
    `The report's learning path follows the ${model}. The material above is the self-study, at the first level.`,
  selfStudyHere: 'This material belongs here',
  toSignup: 'Go to the training signup',
  keepOnDevice: 'Remember what I have done on this device (30 days)',
  keepOnDeviceHint: 'Otherwise this page only remembers it until you close it. Do not do this on a shared computer.',
};

export const resourceRecommenderMessages: Record<Lang, ResourceRecommenderMessages> = { nl, en };
