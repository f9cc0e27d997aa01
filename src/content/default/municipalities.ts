import type { Municipality } from '../schema/place.js';

/** The 14 municipalities of Twente (SamenTwente), with CBS codes and published NL Design System themes. */
export const MUNICIPALITIES: readonly Municipality[] = [
  { id: 'almelo', name: 'Almelo', cbsCode: 'GM0141' },
  { id: 'borne', name: 'Borne', cbsCode: 'GM0147', themeClass: 'borne-theme' },
  { id: 'dinkelland', name: 'Dinkelland', cbsCode: 'GM1774', themeClass: 'dinkelland-theme' },
  { id: 'enschede', name: 'Enschede', cbsCode: 'GM0153', themeClass: 'enschede-theme' },
  { id: 'haaksbergen', name: 'Haaksbergen', cbsCode: 'GM0158' },
  { id: 'hellendoorn', name: 'Hellendoorn', cbsCode: 'GM0163' },
  { id: 'hengelo', name: 'Hengelo', cbsCode: 'GM0164' },
  { id: 'hof-van-twente', name: 'Hof van Twente', cbsCode: 'GM1735' },
  { id: 'losser', name: 'Losser', cbsCode: 'GM0168', themeClass: 'losser-theme' },
  { id: 'oldenzaal', name: 'Oldenzaal', cbsCode: 'GM0173' },
  { id: 'rijssen-holten', name: 'Rijssen-Holten', cbsCode: 'GM1742' },
  { id: 'tubbergen', name: 'Tubbergen', cbsCode: 'GM0183', themeClass: 'tubbergen-theme' },
  { id: 'twenterand', name: 'Twenterand', cbsCode: 'GM1700' },
  { id: 'wierden', name: 'Wierden', cbsCode: 'GM0189' },
];

/**
 * Finds a municipality by what a web editor may type in an attribute: its id ("hof-van-twente"),
 * its name in any case ("Hof van Twente") or its CBS code ("GM1735").
 */
export function findMunicipality(value: string | null | undefined): Municipality | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  return MUNICIPALITIES.find(
    (m) => m.id === v || m.name.toLowerCase() === v || m.cbsCode.toLowerCase() === v,
  );
}
