import { Catalogue } from '../../content/catalogue.js';

/** What only the sharing part of the result says: loaded with it, only on a scan with `share-endpoint`. */
const nl = {
  title: 'Deel je antwoorden met de regio',
  explain:
    'Help de regio zien of de behoefte verandert sinds de peiling van 2022. Als je deelt, sturen we alleen hoe vaak je met deze gezinnen werkt, je antwoorden op de vragen van de scan, de maand van vandaag en, als je die kiest, de gemeente waar je werkt. We sturen en bewaren geen naam, e-mailadres, IP-adres, precieze tijd of iets anders uit je browser. Cijfers uit minder dan 10 antwoorden worden nooit getoond. Omdat niets je antwoorden aan jou koppelt, kun je ze na het delen niet meer terugtrekken. Delen is vrijwillig; je resultaat blijft hetzelfde.',
  municipalityLabel: 'Gemeente waar je werkt (niet verplicht)',
  municipalityNone: 'Liever niet',
  share: 'Deel mijn antwoorden anoniem met de regio',
  sending: 'Je antwoorden worden verstuurd…',
  sent: 'Gedeeld. Dank je wel: je antwoorden tellen mee in de cijfers van de regio.',
  queued: 'Er is nu geen verbinding. Je antwoorden wachten in deze browser en worden één keer verstuurd zodra het lukt.',
  queuedMemory: 'Er is nu geen verbinding. Je antwoorden worden één keer verstuurd zodra het lukt, zolang deze pagina open is.',
  alreadyShared: 'Deze antwoorden zijn vanuit deze browser al gedeeld; ze tellen al mee. We sturen ze niet nog een keer.',
  rejected: 'De regio kon je antwoorden nu niet aannemen. Er is niets bewaard; je kunt het later opnieuw proberen.',
};
export type ShareMessages = typeof nl;

export const shareCatalogue = Catalogue.of<ShareMessages>(nl, () => import('./otd-self-scan.share-messages.en.js'));
