/**
 * Words that refer back to an entity named before. Keys are folded (lower case, umlauts spelled
 * out: "behoerde").
 */
import type { Gender } from './heads.ts';

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

/** Relative pronouns that stand for an argument, by gender; the possessives „deren“/„dessen“ own one instead. */
export const RELATIVE_PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  der: 'm',
  den: 'm',
  dem: 'm',
  die: 'f',
  das: 'n',
};

/** Masculine object pronouns: „Ihm folgte …“, „ihn berief …“ — they name the one man named just before. */
export const MASCULINE_OBJECT_PRONOUNS = /^(?:ihm|ihn)$/;

/** Personal pronouns that continue a subject, and the gender they need. */
export const PRONOUN_GENDER: Readonly<Record<string, 'f' | 'm' | 'n'>> = { sie: 'f', er: 'm', es: 'n' };

/**
 * A speaker's own ministry in a protocol or interview („mein Haus fördert …“, „unser Ministerium“):
 * it stands for the ministry named in the speaker's line („Name, Ministerin für …:“).
 */
export const OWN_HOUSE =
  /(?<!\p{L})(?:[Mm]ein(?:em|es)?|[Uu]nser(?:em|es)?)\s+(?:Haus(?:es)?|Ministeriums?)(?!\p{L})/gu;

/** A speaker's line: a name (and role) closing with a colon, the turn's words following it. */
export const SPEAKER_LINE = /:\s*$/;
