import type { Contact } from '../schema/contacts.js';

/** Ids of the contacts that close every escalation card and can never be removed by partner content. */
export const EMERGENCY_CONTACT_ID = 'alarmnummer-112';
export const VEILIG_THUIS_CONTACT_ID = 'veilig-thuis';

/**
 * National contacts only, each verified against its own public source. No local contacts are
 * invented here: a partner adds its own sociale kaart through content.
 */
export const NATIONAL_CONTACTS: readonly Contact[] = [
  {
    id: VEILIG_THUIS_CONTACT_ID,
    name: 'Veilig Thuis',
    organisation: {
      nl: 'Advies- en meldpunt huiselijk geweld en kindermishandeling',
      en: 'Advice and reporting centre for domestic violence and child abuse',
    },
    reason: {
      nl: 'Advies of een melding bij (vermoedens van) huiselijk geweld of kindermishandeling. Je wordt doorverbonden met Veilig Thuis in de regio.',
      en: 'Advice or a report on (suspected) domestic violence or child abuse. You are put through to Veilig Thuis in your region.',
    },
    aspects: ['veiligheid'],
    hours: { nl: 'Dag en nacht, gratis, anoniem als je wilt', en: 'Day and night, free, anonymous if you wish' },
    phone: '0800-2000',
    website:
      'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
  },
  {
    id: EMERGENCY_CONTACT_ID,
    name: { nl: 'Alarmnummer 112', en: 'Emergency number 112' },
    reason: {
      nl: 'Bij direct gevaar voor een kind of ouder.',
      en: 'When a child or parent is in immediate danger.',
    },
    aspects: ['veiligheid'],
    hours: { nl: 'Dag en nacht', en: 'Day and night' },
    phone: '112',
  },
  {
    id: 'juridisch-loket',
    name: 'Het Juridisch Loket',
    organisation: { nl: 'Gratis juridisch advies', en: 'Free legal advice' },
    reason: {
      nl: 'Vragen over gezag, omgang, het ouderschapsplan en andere juridische gevolgen van een scheiding.',
      en: 'Questions about custody, contact arrangements, the parenting plan and other legal consequences of a divorce.',
    },
    aspects: ['juridisch'],
    hours: {
      nl: '09:00–18:00; bellen kost € 0,25 per minuut, langskomen bij een vestiging is gratis',
      en: '09:00–18:00; calls cost € 0.25 a minute, visiting an office is free',
    },
    phone: '0900-8020',
    website: 'https://www.juridischloket.nl',
  },
  {
    id: 'geldfit',
    name: 'Geldfit',
    organisation: { nl: 'Nederlandse Schuldhulproute', en: 'Dutch debt help route' },
    reason: {
      nl: 'Geldzorgen of schulden, bijvoorbeeld na een scheiding. Gratis en anoniem, bellen of chatten.',
      en: 'Money worries or debts, for example after a divorce. Free and anonymous, by phone or chat.',
    },
    aspects: ['financieel'],
    phone: '0800-8115',
    website: 'https://www.geldfit.nl',
  },
  {
    id: 'kindertelefoon',
    name: 'De Kindertelefoon',
    reason: {
      nl: 'Voor kinderen van 8 tot 18 jaar die willen praten over wat er thuis gebeurt. Gratis en anoniem; tip het aan het kind.',
      en: 'For children aged 8 to 18 who want to talk about what happens at home. Free and anonymous; pass it on to the child.',
    },
    aspects: ['relationeel', 'ouderschap'],
    hours: { nl: 'Elke dag 11:00–21:00', en: 'Every day 11:00–21:00' },
    phone: '0800-0432',
    website: 'https://www.kindertelefoon.nl',
  },
  {
    id: 'villa-pinedo',
    name: 'Villa Pinedo',
    organisation: { nl: 'Voor kinderen van gescheiden ouders', en: 'For children of divorced parents' },
    reason: {
      nl: 'Steun voor kinderen en jongeren (10–23 jaar) met gescheiden ouders, onder meer met een gratis, anonieme buddy.',
      en: 'Support for children and young people (10–23) with divorced parents, including a free, anonymous buddy.',
    },
    aspects: ['ouderschap', 'relationeel'],
    website: 'https://www.villapinedo.nl/buddy',
  },
  {
    id: 'nji-richtlijn-scheiding',
    name: {
      nl: 'Richtlijn Scheiding en problemen van jeugdigen',
      en: 'Guideline on divorce and problems of young people',
    },
    organisation: 'Nederlands Jeugdinstituut (NJi)',
    reason: {
      nl: 'De richtlijn voor jeugdhulp en jeugdbescherming: wat je als professional doet, wanneer je overdraagt en aan wie.',
      en: 'The guideline for youth care and youth protection: what you do as a professional, when you hand over and to whom.',
    },
    aspects: ['professioneel'],
    website: 'https://www.richtlijnenjeugdhulp.nl/guideline/65/full',
  },
];
