import { Catalogue } from '../../content/catalogue.js';

const nl = {
  heading: 'Zelfscan: complexe scheidingen',
  introTitle: 'Hoe sta jij ervoor?',
  intro: (n: number, date: string) =>
    `Deze scan stelt je dezelfde vragen als de peiling onder ${n} Twentse professionals uit ${date}. Per onderwerp zie je daarna waar jij staat, hoe dat zich verhoudt tot je collega's en wat je kunt doen.`,
  introTime: 'Het invullen duurt ongeveer 5 minuten.',
  introPrivacy:
    'Je antwoorden blijven in je browser: ze worden nergens naartoe gestuurd. Ze blijven bewaard in dit tabblad tot je het sluit.',
  viewLoading: 'Je scan wordt geladen…',
  viewFailed: 'Dit deel van de scan kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.',
  start: 'Start de scan',
  stepOf: (n: number, m: number) => `Stap ${n} van ${m}`,
  stepAnnouncement: (n: number, m: number, title: string) => `Stap ${n} van ${m}: ${title}`,
  aboutYou: 'Over jouw werk',
  aspectStep: (name: string) => name,
  previous: 'Vorige',
  next: 'Volgende',
  showResult: 'Bekijk je resultaat',
  errorSummaryTitle: 'Er is een probleem',
  unanswered: (legend: string) => `Kies een antwoord bij: ${legend}`,
  chooseAnswer: 'Kies een antwoord.',
  keepOnDevice: 'Bewaar mijn antwoorden op dit apparaat (30 dagen)',
  keepOnDeviceHint: 'Zo kun je later verder. Doe dit niet op een gedeelde computer.',
  storedNotice: 'Je antwoorden staan in deze browser.',
  clear: 'Wis mijn antwoorden',
  cleared: 'Je antwoorden zijn gewist.',
  resultTitle: 'Je resultaat',
};
export type SelfScanMessages = typeof nl;

export const selfScanCatalogue = Catalogue.of<SelfScanMessages>(nl, () => import('./otd-self-scan.messages.en.js'));
