/**
 * The body of an office, given the role noun in its sentence: the noun's own attribute („der HZD“,
 * „im HMDI“), a minister's portfolio („Ministerin für …“ → the ministry of that name), the first
 * part of a compound („Digital-ministerin“, „TU-Präsidentin“, „Bitkom-Hauptgeschäftsführer“), a
 * genitive before the role („Hünfelds Bürgermeister“), a relative „deren“, the office's default, or —
 * when the text names none — the body the text is about.
 */
import type { EntityType } from '../graph/model.ts';
import { type OfficeWord, ORGAN_NOUNS } from '../lang/de/roles.ts';
import { TEMPORAL_PREPOSITIONS } from '../lang/de/words.ts';
import type { Doc } from './doc.ts';
import { foldKey, foldWords } from './fold.ts';
import type { Match } from './matcher.ts';
import { caseOf, childrenOf, type ParsedSentence, type ParsedToken } from './parse.ts';

export interface Named {
  entityId: string;
  type: EntityType;
  name: string;
  /** Where the mention stands in the text. */
  start: number;
  end: number;
}

/** What the office rules may ask about the entities a document mentions (outside people). */
export interface Bodies {
  /** The entity whose mention covers [start, end), if any. */
  at(start: number, end: number): Named | undefined;
  /** The entity a label names in the catalog or this document. */
  lookup(label: string): string | undefined;
  /** Mentions before an offset, nearest first. */
  before(offset: number): Named[];
}

/** The role noun as the body rules see it: where it stands, what office it names. */
export interface RoleAt {
  s: ParsedSentence;
  token: ParsedToken;
  word: OfficeWord;
  /** The word glued by a hyphen before it („Bitkom“ in „Bitkom-Hauptgeschäftsführer“). */
  glued: string | undefined;
}

/** Attributes of the role noun that may name its body: not dates („seit März 2023“). */
function bodyAttributes(role: RoleAt): ParsedToken[] {
  return childrenOf(role.s, role.token, 'nmod', 'obl')
    .filter((c) => !TEMPORAL_PREPOSITIONS.has(caseOf(role.s, c) ?? '') && c.pos !== 'NUM')
    .flatMap((c) => (ORGAN_NOUNS.test(c.key) ? [c, ...childrenOf(role.s, c, 'nmod')] : [c]));
}

/**
 * The organ a role sits in („Vorsitzender des Aufsichtsrats der WFB“, „Aufsichtsratsvorsitzende“):
 * its office is one of the body whose organ it is, whatever the role word says of the organ.
 */
export function organOf(role: RoleAt): { phrase: string } | undefined {
  if (ORGAN_NOUNS.test(role.word.prefix)) return { phrase: '' };
  const organ = childrenOf(role.s, role.token, 'nmod').find((c) => ORGAN_NOUNS.test(c.key));
  const article = organ && childrenOf(role.s, organ, 'det')[0];
  return organ ? { phrase: article ? `${article.word} ${organ.word}` : organ.word } : undefined;
}

/**
 * „Ministerin für Digitale Strategie und Entwicklung“, „Minister der Finanzen“: the ministry named
 * after the portfolio, as a mention spanning the role and its portfolio — the longest run of words
 * up to a punctuation mark that, after „Ministerium“, names a known ministry.
 */
export function portfolioMatch(doc: Doc, roleStart: number, roleEnd: number, bodies: Bodies): Match | null {
  const after = /^ (für|der|des) ([^,.;:()\n„“"]+)/u.exec(doc.text.slice(roleEnd, roleEnd + 160));
  if (!after) return null;
  const preposition = after[1] as string;
  const words = (after[2] as string).trim().split(' ');
  for (let k = words.length; k > 0; k--) {
    const portfolio = `${preposition} ${words.slice(0, k).join(' ')}`;
    const id = bodies.lookup(`Ministerium ${portfolio}`);
    if (!id) continue;
    const end = roleEnd + 1 + portfolio.length;
    const surface = doc.text.slice(roleStart, end);
    return { entityId: id, start: roleStart, end, surface, label: surface, kind: 'name' };
  }
  return null;
}

/** „die aconium GmbH, deren Geschäftsführer …“: the name right before the comma of the relative clause. */
function possessiveAntecedent(doc: Doc, role: RoleAt, bodies: Bodies): Named | undefined {
  const pronoun = childrenOf(role.s, role.token, 'det', 'nmod').find((c) => /^(?:deren|dessen)$/.test(c.key));
  if (!pronoun) return undefined;
  return bodies
    .before(pronoun.start)
    .find((b) => /^\s*(?:\([^)]*\))?\s*,\s*$/.test(doc.text.slice(b.end, pronoun.start)));
}

/** „Hünfelds Bürgermeister“: a name in the genitive right before the role noun. */
function genitiveBefore(doc: Doc, role: RoleAt, bodies: Bodies): Named | undefined {
  const named = bodies.before(role.token.start)[0];
  if (!named || doc.text.slice(named.end, role.token.start) !== ' ') return undefined;
  return /s$/.test(doc.text.slice(named.start, named.end)) ? named : undefined;
}

/**
 * „Bundesforschungsministerin“, „Finanzstaatssekretär“: a ministry mentioned before whose portfolio
 * the compound's first part names („Bundesministerium für Bildung und Forschung“), federal when the
 * compound says „Bundes-“ and of a Land otherwise. A stem matches a word of the name it begins
 * (less its last letter: „Innen-“ for „des Innern“).
 */
function portfolioMinistry(prefix: string, offset: number, bodies: Bodies): Named | undefined {
  const folded = foldKey(prefix).replace(/s$/, '');
  const federal = folded.startsWith('bundes');
  const stem = folded.replace(/^(?:bundes|landes)/, '');
  if (stem.length < 4) return undefined;
  const short = stem.slice(0, -1);
  const fits = (b: Named) =>
    b.type === 'MINISTRY' &&
    /^bundes/.test(foldKey(b.name)) === federal &&
    foldWords(b.name).some(
      (w) => w.startsWith(stem) || (short.length >= 4 && w.startsWith(short) && w.length > stem.length),
    );
  const found = new Map(
    bodies
      .before(offset)
      .filter(fits)
      .map((b) => [b.entityId, b]),
  );
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** „TU-Präsidentin“: a body mentioned before whose initials begin with the compound's abbreviation. */
function abbreviationBody(prefix: string, offset: number, bodies: Bodies): Named | undefined {
  if (!/^\p{Lu}{2,4}$/u.test(prefix)) return undefined;
  return bodies.before(offset).find((b) => {
    const initials = b.name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    return initials.startsWith(prefix) && b.name !== prefix;
  });
}

/** The most mentioned of these so far, the nearest among equals: the body the text is about. */
function topic(earlier: readonly Named[]): Named | undefined {
  const count = (id: string) => earlier.filter((b) => b.entityId === id).length;
  return earlier.reduce<Named | undefined>(
    (best, b) => (!best || count(b.entityId) > count(best.entityId) ? b : best),
    undefined,
  );
}

/**
 * No body named: „Präsident ist Frank von der Au“ after „das Polizeipräsidium …“ takes the body the
 * text is about whose name holds one of the office's words. A bare role in a copula clause
 * („Direktor war 2019 Jana Muster“) has no article because the text's body is meant: any that fits.
 */
function contextBody(role: RoleAt, fits: (type: EntityType) => boolean, bodies: Bodies, bare: boolean) {
  // A genitive („Vizepräsident der Hochschule“) or a name is the role's own body, read before; a
  // prepositional phrase that names nothing („Für Bürgerämter war … Stadtrat …“, hung on the role by
  // the parser) does not stand in the way.
  const own = (a: ParsedToken) => bodies.at(a.start, a.end) !== undefined || caseOf(role.s, a) === null;
  if (role.word.prefix !== '' || bodyAttributes(role).some(own)) return undefined;
  const except = role.word.office.recentExcept ?? [];
  const earlier = bodies
    .before(role.token.start)
    .filter((b) => fits(b.type) && !foldWords(b.name).some((n) => except.some((w) => n.endsWith(w))));
  const recent = role.word.office.recentBody;
  const named = recent && topic(earlier.filter((b) => recent.some((w) => foldKey(b.name).includes(w))));
  return named ?? (bare ? topic(earlier) : undefined);
}

/** The entity the office belongs to; `bare` when the role stands without an article in a copula clause. */
export function bodyOf(doc: Doc, role: RoleAt, bodies: Bodies, bare: boolean): string | undefined {
  const { token, word, glued } = role;
  const fits = (type: EntityType) => word.office.body.includes(type);
  const lookup = bodies.lookup;
  // „Hessischer Beauftragter für Datenschutz“: the role names the body itself.
  const itself = bodies.at(token.start, token.end);
  if (itself && fits(itself.type)) return itself.entityId;
  for (const attr of bodyAttributes(role)) {
    const hit = bodies.at(attr.start, attr.end);
    if (hit && fits(hit.type)) return hit.entityId;
  }
  if (word.office.bodyHeads?.includes('ministerium')) {
    const portfolio = portfolioMatch(doc, token.start, token.end, bodies);
    if (portfolio) return portfolio.entityId;
  }
  if (word.prefix) {
    const prefix = word.prefix.replace(/s$/, '');
    for (const head of word.office.bodyHeads ?? []) {
      const id = lookup(`${word.prefix}${head}`) ?? lookup(`${prefix}${head}`);
      if (id) return id;
    }
  }
  const portfolioBody =
    word.prefix && word.office.bodyHeads?.includes('ministerium')
      ? portfolioMinistry(word.prefix, token.start, bodies)
      : undefined;
  if (portfolioBody) return portfolioBody.entityId;
  // „Bitkom-Hauptgeschäftsführer“: the name before the hyphen is the body.
  const gluedBody = glued ? lookup(glued) : undefined;
  if (gluedBody) return gluedBody;
  const possessor = possessiveAntecedent(doc, role, bodies) ?? genitiveBefore(doc, role, bodies);
  if (possessor && fits(possessor.type)) return possessor.entityId;
  const prefix = /^\p{Lu}/u.test(word.prefix) ? word.prefix : token.word.slice(0, word.prefix.length);
  const abbreviated = word.prefix && abbreviationBody(prefix, token.start, bodies);
  if (abbreviated && fits(abbreviated.type)) return abbreviated.entityId;
  if (word.office.defaultBody) return lookup(word.office.defaultBody);
  return contextBody(role, fits, bodies, bare)?.entityId;
}
