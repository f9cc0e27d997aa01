import type { Lang } from '../content/model.js';
import type { Session } from '../content/schema/sessions.js';

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A session's day written out: "dinsdag 7 oktober 2025", "Tuesday 7 October 2025". */
export function formatSessionDate(date: string, lang: Lang): string {
  const day = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
}

/** "09:30–16:30" (an en dash between the times). */
export function formatSessionTime(session: Pick<Session, 'startTime' | 'endTime'>): string {
  return `${session.startTime}–${session.endTime}`;
}

export function isFull(session: Pick<Session, 'seatsLeft'>): boolean {
  return session.seatsLeft <= 0;
}

/** True when no session has a seat left (also when there are none): then only the waiting list remains. */
export function allFull(sessions: readonly Pick<Session, 'seatsLeft'>[]): boolean {
  return sessions.every(isFull);
}
