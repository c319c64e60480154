/**
 * German clause and tense cues for dating facts: where a clause ends, whether it states a fact as
 * present or as past only, and the verbs that found, dissolve or start an office.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * Clause boundaries inside a sentence: a comma or semicolon before a relative pronoun or a
 * subordinating conjunction, a semicolon, a dash between words. Good enough to keep the date of
 * „…, der das Amt bis 2022 führte“ away from the main clause.
 */
const BOUNDARY =
  /(?:[,;]\s+(?=(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?|und|aber|doch|sondern|während|nachdem|als|weil|da|wo|wobei|bevor|seitdem|obwohl)\b)|;\s+|\s[–—]\s)/giu;

/** The clauses of `span` in `text`, as spans of `text`. */
export function splitClauses(text: string, span: Span): Span[] {
  const part = text.slice(span.start, span.end);
  const out: Span[] = [];
  let from = 0;
  for (const m of part.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (at > from) out.push({ start: span.start + from, end: span.start + at });
    from = at + m[0].length;
  }
  if (from < part.length) out.push({ start: span.start + from, end: span.end });
  return out;
}

/** Words that make a date in the clause an end: „endete“, „ausgeschieden“, „bis“, „zuletzt“. */
export function endCue(clause: string): boolean {
  return /\b(?:endete|endet|beendet|ausgeschieden|schied\s+\S+\s+aus|trat\s+\S+\s+zurück|zurückgetreten|abgelöst|verließ|verlassen)\b/iu.test(
    clause,
  );
}

/** Marks of a fact that no longer holds: „damalige“, „ehemalige“, „frühere“, „a. D.“, „bis zu seinem Tod“. */
const PAST_ONLY =
  /\b(?:damalig\p{L}*|ehemalig\p{L}*|früher(?:e|en|er|es)?|vormalig\p{L}*|einstig\p{L}*|a\.\s?D\.|bis\s+zu\s+(?:seinem|ihrem)\s+Tod)/iu;
/** Present tense or a mark of the present: „ist“, „leitet“, „seit“, „heute“, „derzeit“, „amtierend“. */
const PRESENT =
  /\b(?:ist|sind|seit|heute|heutige\p{L}*|derzeit|aktuell|amtierend\p{L}*|gegenwärtig|leitet|führt|gehört|betreibt|fördert|arbeitet|trägt|hat\s+seinen\s+Sitz)\b/iu;

export function isPastOnly(clause: string): boolean {
  return PAST_ONLY.test(clause) && !/\b(?:seit|heute|derzeit|aktuell)\b/iu.test(clause);
}

export function isPresent(clause: string): boolean {
  return PRESENT.test(clause) && !PAST_ONLY.test(clause);
}

/** Verbs of coming into being or ending: founding and dissolving dates of organisations. */
export const FOUNDING =
  /\b(?:gegründet|gründete[n]?|errichtet|ins\s+Leben\s+gerufen|entstand(?:en)?|aufgelöst\p{L}*|löste\s+\S+\s+auf)\b/iu;

/** A sentence that says when a cabinet took office. */
export const OFFICE_START =
  /\b(?:vereidigt|Vereidigung|ernannt|Ernennung|gewählt|Amtsantritt|im\s+Amt|trat\s+\S+\s+an|Amtsübernahme)\b/iu;
