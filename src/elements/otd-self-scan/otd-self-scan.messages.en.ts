import type { SelfScanMessages } from './otd-self-scan.messages.js';

export const en: SelfScanMessages = {
  heading: 'Self-scan: complex divorces',
  introTitle: 'Where do you stand?',
  intro: (n, date) =>
    `This scan asks you the same questions as the ${date} survey among ${n} Twente professionals. For each topic you then see where you stand, how that compares with your colleagues, and what you can do.`,
  introTime: 'It takes about 5 minutes.',
  introPrivacy:
    'Your answers stay in your browser: they are not sent anywhere. They are kept in this tab until you close it.',
  viewLoading: 'Loading your scan…',
  viewFailed: 'This part of the scan could not be loaded. Check your internet connection and try again.',
  start: 'Start the scan',
  stepOf: (n, m) => `Step ${n} of ${m}`,
  stepAnnouncement: (n, m, title) => `Step ${n} of ${m}: ${title}`,
  aboutYou: 'About your work',
  aspectStep: (name) => name,
  previous: 'Previous',
  next: 'Next',
  showResult: 'See your result',
  errorSummaryTitle: 'There is a problem',
  unanswered: (legend) => `Choose an answer for: ${legend}`,
  chooseAnswer: 'Choose an answer.',
  keepOnDevice: 'Keep my answers on this device (30 days)',
  keepOnDeviceHint: 'So you can continue later. Do not do this on a shared computer.',
  storedNotice: 'Your answers are stored in this browser.',
  clear: 'Clear my answers',
  cleared: 'Your answers have been cleared.',
  resultTitle: 'Your result',
};
