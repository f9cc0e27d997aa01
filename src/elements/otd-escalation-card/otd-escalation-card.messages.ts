import { Catalogue } from '../../content/catalogue.js';

const nl = {
  heading: 'Naar wie kun je opschalen?',
  intro: 'Speelt er in een gezin iets dat je zelf niet kunt oplossen? Hier vind je wie je kunt bellen of mailen.',
  municipalityLabel: 'Gemeente waar je werkt',
  municipalityAll: 'Geen gemeente gekozen',
  municipalityHint: 'Kies je gemeente om ook de lokale contacten uit de sociale kaart te zien.',
  municipalityChosen: (name: string) => `Contacten voor ${name} en landelijke contacten.`,
  hiddenLocal: (n: number) =>
    n === 1 ? 'Kies je gemeente om ook 1 lokaal contact te zien.' : `Kies je gemeente om ook ${n} lokale contacten te zien.`,
  filter: 'Contacten voor',
  filterAll: 'Alle onderwerpen',
  shown: (n: number, topic?: string) =>
    `${n === 1 ? '1 contact' : `${n} contacten`} voor ${topic ?? 'alle onderwerpen'}; Veilig Thuis en 112 blijven staan.`,
  scanOrdered: (topics: string) =>
    `Op basis van je scan staan de contacten voor ${topics} bovenaan: daarbij weet je nog niet naar wie je kunt opschalen.`,
  scanUnsure: 'Uit je scan: je weet nog niet naar wie je kunt opschalen.',
  noContacts: 'Nog geen contacten voor dit onderwerp. Vraag je organisatie of gemeente naar de sociale kaart.',
  noContactsSafety: 'Bij zorgen over veiligheid: bel Veilig Thuis of 112, hieronder.',
  helpsWith: 'Helpt bij',
  example: 'Voorbeeld',
  local: 'Lokaal',
  hours: 'Bereikbaar',
  call: 'Bel',
  email: 'Mail',
  website: 'Website',
  websiteOf: (name: string) => `van ${name}`,
  newTab: '(opent in een nieuw tabblad)',
  copy: 'Kopieer nummer',
  copyOf: (name: string) => `van ${name}`,
  copied: (number: string) => `Nummer ${number} gekopieerd.`,
  copyFailed: (number: string) => `Kopiëren lukte niet. Het nummer is ${number}.`,
  save: 'Bewaar als contact',
  saveOf: (name: string) => `${name} (vCard)`,
  actions: (name: string) => `Contact opnemen met ${name}`,
  emergencyLabel: 'Bij acuut gevaar en zorgen over veiligheid',
};
export type EscalationCardMessages = typeof nl;

export const escalationCardCatalogue = Catalogue.of<EscalationCardMessages>(nl, () => import('./otd-escalation-card.messages.en.js'));
