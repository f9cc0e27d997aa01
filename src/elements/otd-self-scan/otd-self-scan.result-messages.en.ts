import type { ResultMessages } from './otd-self-scan.result-messages.js';

export const en: ResultMessages = {
  resultIntro: (group, n) =>
    `You work with families in (complex) divorce situations ${group}. You see your answers next to those of all ${n} colleagues in the 2022 survey, and next to the colleagues who work with these families as often as you do.`,
  resultIntroShared: (group, n, period) =>
    `You work with families in (complex) divorce situations ${group}. You see your answers next to those of ${n} colleagues who shared their scan anonymously with the region ${period}, and next to the colleagues who work with these families as often as you do.`,
  periodSince: (month) => `since ${month}`,
  periodAll: 'so far',
  peersShared: (n, period) =>
    `You compare with the ${n} scans shared ${period}, not with the 2022 survey: every column you see comes from at least 30 answers. Whoever shares a scan chooses to; it is not a random sample.`,
  peersTooFew: (period, smallest) =>
    `You compare with the 2022 survey: the scans shared ${period} do not have 30 answers in every column yet${smallest === null ? '' : ` (the smallest: ${smallest})`}.`,
  peersWithheld: (period) => `You compare with the 2022 survey: too few scans have been shared ${period} for this municipality.`,
  peersUnavailable: 'You compare with the 2022 survey: the recent figures could not be loaded.',
  printedOn: (date) => `Self-scan taken on ${date}.`,
  chartTitle: 'How your colleagues answered, and you',
  chartIntro:
    'Per topic: "I have sufficient knowledge and skills". Left of the line the colleagues who rate theirs (very) insufficient, right those who rate it sufficient.',
  chartAll: (n) => `All ${n}`,
  chartGroup: (n) => `Your group (n = ${n})`,
  chartGroupUnavailable: 'Your group: not available',
  chartInsufficient: (pct) => `${pct} (very) insufficient`,
  chartYes: (question, pct, groupPct, answer) => `${question}: yes ${pct}${groupPct ? ` (your group ${groupPct})` : ''}. You: ${answer}.`,
  chartLegendYou: 'Your answer',
  chartAxis: 'insufficient ← | → sufficient',
  you: 'You',
  showTable: 'Show the figures as a table',
  tableCaption: (question) => `${question}: your answer and how your colleagues answered (in percent)`,
  tablesNote: (n) =>
    `"All ${n}": the share of all ${n} colleagues, as the report's text computes it (those who skipped a question count in the total). "Your group": the share of those in your group who answered the question, as the report's tables.`,
  colAspect: 'Topic',
  colYou: 'Your answer',
  colWho: 'Colleagues',
  colGroup: 'Your group',
  colInsufficient: '(Very) insufficient',
  unavailable: 'not available',
  questionTitles: {
    competence: 'Knowledge and skills',
    knowledgeSource: 'Know where to find knowledge',
    escalation: 'Know whom to escalate to',
  },
  yourAnswers: 'Your answers',
  youAnswered: (answer, pct, n) => `You: ${answer}, like ${pct} of all ${n} colleagues.`,
  groupSame: (pct, group, n) => `In your group (${group}, n = ${n}): ${pct}.`,
  competencePeers: (pct, groupPct) =>
    groupPct
      ? `In all, ${pct} rated their own knowledge (very) insufficient, ${groupPct} in your group.`
      : `In all, ${pct} rated their own knowledge (very) insufficient.`,
  yesPeers: (pct, groupPct) => (groupPct ? `${pct} said yes, ${groupPct} in your group.` : `${pct} said yes.`),
  groupUnavailable: "Your group's figures for this question were probably copied wrongly in the report; they are not shown here.",
  smallGroup: (n) =>
    `Note: your group is small (${n} people). One person moves a percentage by ${(100 / n).toLocaleString('en-GB', { maximumFractionDigits: 1 })} points.`,
  generalTitle: 'General judgement',
  focusTitle: 'Where you can gain most',
  focusNone: 'You feel capable on every topic and know where to go. Well done! Keep your knowledge up to date.',
  focusWhy: {
    competence: 'you rate your knowledge as insufficient',
    knowledgeSource: 'you are not sure where to find knowledge',
    escalation: 'you are not sure whom to escalate to',
  },
  mandatory: 'Mandatory self-study in the learning path',
  nextStepsTitle: 'What can you do now?',
  toResources: 'See study material that fits your result',
  toContacts: 'See whom you can escalate to',
  restart: 'Start again',
  print: 'Print or save as PDF',
  insufficient: 'insufficient',
  sufficient: 'sufficient',
};
