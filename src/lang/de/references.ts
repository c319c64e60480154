/**
 * Words that refer back to an entity named before. Keys are folded (lower case, umlauts spelled
 * out: "behoerde").
 */

/**
 * Generic nouns that, with a definite article, name an entity of their type the text is about
 * („die Behörde“, „das Haus“ is not among them: too vague). Their type comes from the head nouns.
 */
export const GENERIC_REFERENCES = new Set([
  'behoerde',
  'amt',
  'ministerium',
  'gesellschaft',
  'unternehmen',
  'verein',
  'verband',
  'einrichtung',
  'institut',
  'anstalt',
  'zentrum',
  'plattform',
  'portal',
  'programm',
  'foerderprogramm',
  'gesetz',
  'stadt',
  'gemeinde',
  'kreis',
  'landkreis',
]);

/** Personal pronouns that continue a subject, and the gender they need. */
export const PRONOUN_GENDER: Readonly<Record<string, 'f' | 'm' | 'n'>> = { sie: 'f', er: 'm', es: 'n' };
