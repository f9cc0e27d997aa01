import type { ShareMessages } from './otd-self-scan.share-messages.js';

export const en: ShareMessages = {
  title: 'Share your answers with the region',
  explain:
    'Help the region see whether the need changes since the 2022 survey. If you share, we send only how often you work with these families, your answers to the scan\'s questions, this month and, if you choose one, the municipality you work in. We send and keep no name, email address, IP address, exact time or anything else from your browser. Figures from fewer than 10 answers are never shown. Because nothing ties your answers to you, you cannot take them back after sharing. Sharing is voluntary; your result stays the same.',
  municipalityLabel: 'Municipality you work in (optional)',
  municipalityNone: 'Rather not say',
  share: 'Share my answers anonymously with the region',
  sending: 'Sending your answers…',
  sent: 'Shared. Thank you: your answers now count in the region\'s figures.',
  queued: 'There is no connection right now. Your answers wait in this browser and are sent once, as soon as possible.',
  queuedMemory: 'There is no connection right now. Your answers are sent once, as soon as possible, while this page is open.',
  alreadyShared: 'These answers were already shared from this browser; they already count. We do not send them again.',
  rejected: 'The region could not accept your answers right now. Nothing was kept; you can try again later.',
};
