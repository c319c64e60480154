/**
 * Nouns for a body's branch at another place: „eine Außenstelle in Hünfeld“, „die Niederlassung
 * Kassel“. With the place they name a unit of the body of their own („Außenstelle Hünfeld“).
 */
export const BRANCH_NOUNS = [
  'Außenstelle',
  'Zweigstelle',
  'Nebenstelle',
  'Niederlassung',
  'Zweigniederlassung',
  'Filiale',
  'Regionalstelle',
  'Regionalbüro',
] as const;

/** The same nouns as folded lemmas, for frames that ask for a branch as object. */
export const BRANCH_LEMMAS =
  /^(?:aussenstelle|zweigstelle|nebenstelle|niederlassung|zweigniederlassung|filiale|regionalstelle|regionalbuero)$/;
