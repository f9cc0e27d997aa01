import type { AspectId } from '../../content/model.js';
import type { KickoffMessages } from './otd-kickoff.messages.js';

type Topic = AspectId | 'general';

const knowledge: Record<Topic, string> = {
  general: 'knowledge and skills for (complex) divorces',
  juridisch: 'legal knowledge',
  relationeel: 'knowledge of the relational side',
  ouderschap: 'knowledge of parenting after a divorce',
  veiligheid: 'knowledge of the safety side',
  financieel: 'financial knowledge',
  professioneel: 'knowledge to make the right professional judgements',
};

const trouble: Record<AspectId, string> = {
  juridisch: 'when something legal is going on',
  relationeel: 'when something is going on between the parents',
  ouderschap: 'when something is going on around parenting',
  veiligheid: 'when something is going on around safety',
  financieel: 'when something financial is going on',
  professioneel: 'when they doubt their professional judgement',
};

export const en: KickoffMessages = {
  hook: (topic, kind, pct, few) => {
    const who = `${few ? `Only ${pct}` : pct} of your Twente colleagues`;
    if (kind === 'competence') return `${who} rate their own ${knowledge[topic]} as insufficient. And you?`;
    if (topic === 'general') return `${who} know. And you?`;
    if (kind === 'knowledgeSource') return `${who} know where to find ${knowledge[topic]}. And you?`;
    return `${who} know whom to escalate to ${trouble[topic]}. And you?`;
  },
  source: (n, date) => `From the survey among ${n} Twente professionals in ${date}.`,
  answered: 'Your answer goes along to the self-scan, so you can carry on there. It is not stored and not sent.',
  answeredAnnouncement: 'Your answer goes along to the self-scan.',
  handoverText: (n) => `In the self-scan you compare your answers with those of ${n} colleagues and see which training suits you.`,
  handover: 'Take the self-scan',
  handoverAnswered: 'Carry on in the self-scan',
  podcastSeries: (provider) => `Also listen to the podcast series by ${provider}:`,
  podcastLink: 'Also listen to the podcast',
};
