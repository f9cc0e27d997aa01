// What the signup's receiver holds in the tests: the training sessions it lists at `sessions-src`,
// and a signup as the form posts it.

/** A session with seats left, and an address. */
export const OPEN_SESSION = {
  id: 'hengelo-2025-10-07',
  date: '2025-10-07',
  startTime: '09:30',
  endTime: '16:30',
  place: { nl: 'Hengelo', en: 'Hengelo' },
  address: 'Voorbeeldstraat 1',
  capacity: 20,
  seatsLeft: 12,
  waitingList: true,
};

/** Three sessions in date order: the open one, one with a single seat left, and a full one. */
export const SESSIONS = [
  OPEN_SESSION,
  {
    id: 'enschede-2025-11-04',
    date: '2025-11-04',
    startTime: '09:00',
    endTime: '16:00',
    place: { nl: 'Enschede', en: 'Enschede' },
    capacity: 20,
    seatsLeft: 1,
    waitingList: true,
  },
  {
    id: 'almelo-2025-12-02',
    date: '2025-12-02',
    startTime: '13:00',
    endTime: '17:00',
    place: { nl: 'Almelo', en: 'Almelo' },
    capacity: 15,
    seatsLeft: 0,
    waitingList: true,
  },
];

/** A signup as the form posts it (for the open session), as an earlier page leaves it in the outbox. */
export const EARLIER_SIGNUP = {
  firstName: 'Bram',
  lastName: 'Jansen',
  email: 'bram@example.org',
  organisation: 'Wijkteam Almelo',
  domain: 'wijkteams',
  municipality: 'almelo',
  skjPoints: false,
  sessionId: OPEN_SESSION.id,
  newsOptIn: false,
  lang: 'nl',
  website: '',
};
