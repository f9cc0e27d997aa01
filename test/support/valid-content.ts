/** A valid training session, as `sessions-src` lists it; tests change one field at a time. */
export const VALID_SESSION = {
  id: 'training-2025-10-07',
  date: '2025-10-07',
  startTime: '09:30',
  endTime: '16:30',
  place: { nl: 'Stadskantoor Almelo', en: 'Almelo city office' },
  address: 'Haven Noordzijde 21, Almelo',
  capacity: 20,
  seatsLeft: 4,
  waitingList: true,
};
