import { Catalogue } from '../../content/catalogue.js';

/** What only the result says: loaded with the result, not with the scan's first view. */
const nl = {
  resultIntro: (group: string, n: number) =>
    `Je werkt ${group} met gezinnen in (complexe) scheidingssituaties. Je ziet je antwoorden naast die van alle ${n} collega's uit de peiling van 2022, en naast de collega's die net zo vaak met deze gezinnen werken als jij.`,
  resultIntroShared: (group: string, n: number, period: string) =>
    `Je werkt ${group} met gezinnen in (complexe) scheidingssituaties. Je ziet je antwoorden naast die van ${n} collega's die hun scan ${period} anoniem met de regio deelden, en naast de collega's die net zo vaak met deze gezinnen werken als jij.`,
  periodSince: (month: string) => `sinds ${month}`,
  periodAll: 'tot nu toe',
  peersShared: (n: number, period: string) =>
    `Je vergelijkt met de ${n} scans die ${period} gedeeld zijn, niet met de peiling van 2022: elke kolom die je ziet komt uit minstens 30 antwoorden. Wie een scan deelt kiest daar zelf voor; het is geen aselecte steekproef.`,
  peersTooFew: (period: string, smallest: number | null) =>
    `Je vergelijkt met de peiling van 2022: de scans die ${period} gedeeld zijn, hebben nog niet in elke kolom 30 antwoorden${smallest === null ? '' : ` (de kleinste: ${smallest})`}.`,
  peersWithheld: (period: string) =>
    `Je vergelijkt met de peiling van 2022: voor deze gemeente zijn ${period} te weinig scans gedeeld.`,
  peersUnavailable: 'Je vergelijkt met de peiling van 2022: de recente cijfers konden niet worden geladen.',
  printedOn: (date: string) => `Zelfscan ingevuld op ${date}.`,
  chartTitle: "Hoe je collega's antwoordden, en jij",
  chartIntro:
    'Per onderwerp: "Ik beschik over voldoende kennis en vaardigheden". Links van de streep de collega\'s die dat (zeer) onvoldoende vinden, rechts wie het voldoende vindt.',
  chartAll: (n: number) => `Alle ${n}`,
  chartGroup: (n: number) => `Jouw groep (n = ${n})`,
  chartGroupUnavailable: 'Jouw groep: niet beschikbaar',
  chartInsufficient: (pct: string) => `${pct} (zeer) onvoldoende`,
  chartYes: (question: string, pct: string, groupPct: string | undefined, answer: string) =>
    `${question}: ja ${pct}${groupPct ? ` (jouw groep ${groupPct})` : ''}. Jij: ${answer}.`,
  chartLegendYou: 'Jouw antwoord',
  chartAxis: 'onvoldoende ← | → voldoende',
  you: 'Jij',
  showTable: 'Toon de cijfers als tabel',
  tableCaption: (question: string) => `${question}: jouw antwoord en hoe je collega's antwoordden (in procenten)`,
  tablesNote: (n: number) =>
    `"Alle ${n}": het aandeel van alle ${n} collega's, zoals het rapport in zijn tekst rekent (wie een vraag oversloeg telt mee in het totaal). "Jouw groep": het aandeel van wie in jouw groep de vraag beantwoordde, zoals de tabellen van het rapport.`,
  colAspect: 'Onderwerp',
  colYou: 'Jouw antwoord',
  colWho: "Collega's",
  colGroup: 'Jouw groep',
  colInsufficient: '(Zeer) onvoldoende',
  unavailable: 'niet beschikbaar',
  questionTitles: {
    competence: 'Kennis en vaardigheden',
    knowledgeSource: 'Weet waar je kennis kunt halen',
    escalation: 'Weet naar wie je kunt opschalen',
  },
  yourAnswers: 'Jouw antwoorden',
  youAnswered: (answer: string, pct: string, n: number) => `Jij: ${answer}, net als ${pct} van alle ${n} collega's.`,
  groupSame: (pct: string, group: string, n: number) => `In jouw groep (${group}, n = ${n}): ${pct}.`,
  competencePeers: (pct: string, groupPct: string | undefined) =>
    groupPct
      ? `In totaal vond ${pct} de eigen kennis (zeer) onvoldoende, in jouw groep ${groupPct}.`
      : `In totaal vond ${pct} de eigen kennis (zeer) onvoldoende.`,
  yesPeers: (pct: string, groupPct: string | undefined) =>
    groupPct ? `Ja zei ${pct}, in jouw groep ${groupPct}.` : `Ja zei ${pct}.`,
  groupUnavailable:
    'De cijfers van jouw groep bij deze vraag zijn in het rapport vermoedelijk verkeerd overgenomen; ze worden hier niet getoond.',
  smallGroup: (n: number) =>
    `Let op: jouw groep is klein (${n} mensen). Eén persoon verschuift een percentage al met ${(100 / n).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} procentpunt.`,
  generalTitle: 'Algemeen oordeel',
  focusTitle: 'Hier kun je het meest winnen',
  focusNone: 'Je voelt je op alle onderwerpen bekwaam en weet waar je terecht kunt. Mooi! Blijf je kennis bijhouden.',
  focusWhy: {
    competence: 'je vindt je kennis nog onvoldoende',
    knowledgeSource: 'je weet nog niet goed waar je kennis kunt halen',
    escalation: 'je weet nog niet goed naar wie je kunt opschalen',
  },
  mandatory: 'Verplichte zelfstudie in de leerlijn',
  nextStepsTitle: 'Wat kun je nu doen?',
  toResources: 'Bekijk studiemateriaal dat bij je resultaat past',
  toContacts: 'Bekijk naar wie je kunt opschalen',
  restart: 'Opnieuw beginnen',
  print: 'Print of bewaar als PDF',
  insufficient: 'onvoldoende',
  sufficient: 'voldoende',
};
export type ResultMessages = typeof nl;

export const resultCatalogue = Catalogue.of<ResultMessages>(nl, () => import('./otd-self-scan.result-messages.en.js'));
