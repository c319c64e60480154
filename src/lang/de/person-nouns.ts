/**
 * Nouns that name a person without a name, and the gender they give: „die Juristin“, „der
 * Informatiker“ (only with a reliable ending), „die 54-Jährige“, „der Biologe“. Office nouns
 * („die Staatssekretärin“) are read by roles.ts. Folded keys (ä → ae).
 */
import type { Gender } from './genders.ts';

/** Feminine agent nouns: the masculine ending and „-in“ („Juristin“, „Informatikerin“, „Biologin“, „Sekretärin“). */
const FEMININE = /\p{L}{3}(?:er|ist|ent|ant|eur|or|log|at|aer|it|an)in$/u;
/** Masculine agent nouns whose ending is a person's only: „Jurist(en)“, „Biologe(n)“, „Ingenieur(e)“. */
const MASCULINE = /\p{L}{3}(?:ist|isten|loge|logen|eur)$/u;
/** „54-Jährige“, „der 61-jährige“: a person by their age. */
const AGED = /^(?:\d{1,3}-)?jaehrige[nr]?$/;

/**
 * The gender a person noun gives with its article, or undefined when the noun names no person.
 * null: a person of either gender („der 54-Jährigen“ may be a woman's genitive or a man's dative).
 */
export function personNounGender(key: string, article: string): Gender | null | undefined {
  if (FEMININE.test(key)) return 'f';
  if (MASCULINE.test(key)) return 'm';
  if (!AGED.test(key)) return undefined;
  if (article === 'die') return 'f';
  if (/^(?:den|dem|des)$/.test(article) || (article === 'der' && key.endsWith('e'))) return 'm';
  return null;
}
