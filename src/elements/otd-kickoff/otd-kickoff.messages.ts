import { Catalogue } from '../../content/catalogue.js';
import type { AspectId, QuestionKind } from '../../content/model.js';

type Topic = AspectId | 'general';

/** Knowledge of a topic, as the hooks say it: "de eigen juridische kennis", "weet waar ze financiële kennis kunnen halen". */
const knowledge: Record<Topic, string> = {
  general: 'kennis en vaardigheden bij (complexe) scheidingen',
  juridisch: 'juridische kennis',
  relationeel: 'kennis van de relationele kant',
  ouderschap: 'kennis van ouderschap na een scheiding',
  veiligheid: 'kennis van de veiligheidskant',
  financieel: 'financiële kennis',
  professioneel: 'kennis om de juiste professionele afwegingen te maken',
};

/** When a professional would escalate, per topic. */
const trouble: Record<AspectId, string> = {
  juridisch: 'als er juridisch iets speelt',
  relationeel: 'als er tussen de ouders iets speelt',
  ouderschap: 'als er rond het ouderschap iets speelt',
  veiligheid: 'als er rond de veiligheid iets speelt',
  financieel: 'als er financieel iets speelt',
  professioneel: 'als ze twijfelen over hun professionele afwegingen',
};

const nl = {
  /**
   * The hook: a finding as a question to the reader. `pct` is the formatted figure (it appears once,
   * and is set in bold); `few` is true when fewer than half answered "ja".
   */
  hook: (topic: Topic, kind: QuestionKind, pct: string, few: boolean): string => {
    const who = `${few ? `Maar ${pct}` : pct} van je Twentse collega's`;
    if (kind === 'competence') return `${who} vindt de eigen ${knowledge[topic]} onvoldoende. En jij?`;
    if (topic === 'general') return `${who} weet het. En jij?`;
    if (kind === 'knowledgeSource') return `${who} weet waar ze ${knowledge[topic]} kunnen halen. En jij?`;
    return `${who} weet naar wie ze kunnen opschalen ${trouble[topic]}. En jij?`;
  },
  source: (n: number, date: string) => `Uit de peiling onder ${n} Twentse professionals in ${date}.`,
  answered: 'Je antwoord gaat mee naar de zelfscan, zodat je daar verder kunt. Het wordt niet bewaard en niet verstuurd.',
  answeredAnnouncement: 'Je antwoord gaat mee naar de zelfscan.',
  handoverText: (n: number) => `In de zelfscan vergelijk je je antwoorden met die van ${n} collega's en zie je welke scholing bij je past.`,
  handover: 'Doe de zelfscan',
  handoverAnswered: 'Ga verder in de zelfscan',
  podcastSeries: (provider: string) => `Luister ook de podcastserie van ${provider}:`,
  podcastLink: 'Luister ook de podcast',
};
export type KickoffMessages = typeof nl;

export const kickoffCatalogue = Catalogue.of<KickoffMessages>(nl, () => import('./otd-kickoff.messages.en.js'));
