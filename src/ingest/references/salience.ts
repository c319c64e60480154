/**
 * Salience of what the text has named so far, after Lappin and Leass: every mention adds a weight
 * — most as subject, then as object, as a prepositional argument, least inside another noun's
 * attribute —, and the weight halves with each sentence since, again at a new paragraph, and falls
 * to a quarter at a new section. An entity named lately as subject is what a pronoun most likely
 * continues. A full noun phrase („die Behörde“) may also take up the text's topic after a while:
 * for it, every earlier mention in the document counts a little, however far back, and most of all
 * being named in the document's title or the section's heading.
 */
import type { EntityType } from '../../graph/model.ts';
import type { ParsedSentence, ParsedToken } from '../parse.ts';

/** What a reference may stand for: an entity's mention, or a noun phrase that names none (`phrase`). */
export interface Referent {
  entityId: string;
  type: EntityType | null;
  start: number;
  end: number;
  modifier?: boolean;
  phrase?: boolean;
  /** A phrase that names a person without a name („einen Kollegen“, „die Präsidentin“). */
  person?: boolean;
}

/** Where a mention stands in its clause. */
export type MentionRole = 'subject' | 'object' | 'oblique' | 'attribute';

/**
 * Recency, grammatical role, not in an adverbial, not inside another noun phrase (Lappin and Leass):
 * a subject, an object (or prepositional object, or the agent of a passive), an adverbial phrase
 * („zur Koordination“, „in Kassel“), an attribute of another noun („des Landes“).
 */
const ROLE_WEIGHT: Readonly<Record<MentionRole, number>> = {
  subject: 100 + 80 + 50 + 80,
  object: 100 + 50 + 50 + 80,
  oblique: 100 + 80,
  attribute: 100,
};
const SENTENCE_DECAY = 0.5;
const PARAGRAPH_DECAY = 0.5;
const SECTION_DECAY = 0.25;
/** Mentions further back than this many sentences have faded. */
const HORIZON = 8;
/** What each earlier mention adds for a full noun phrase, up to ten mentions: the text's topic. */
const TOPIC = 20;
const TOPIC_MENTIONS = 10;
/** What the title of the document, or the heading of the section, adds to an entity it names: it is the topic. */
const HEADING = 100;
/**
 * What being the topic adds for a pronoun: a biography's „sie“ after a paragraph on other things, an
 * „Über uns“ page's „Sie hat ihren Sitz …“ still mean the entity the title names (centering's
 * backward-looking center), unless one named lately stands far above it.
 */
const TOPIC_FOR_PRONOUN = 100;

/** A place in the document: its sentence, paragraph and section. */
export interface Position {
  sentence: number;
  paragraph: number;
  section: number;
}

export interface Candidate {
  entityId: string;
  type: EntityType | null;
  /** A noun phrase naming no entity: it competes, but no relation can use it. */
  phrase: boolean;
  person: boolean;
  score: number;
  /** Mentions of it before the reference: within the horizon, or (for the topic) anywhere in the document. */
  mentions: number;
  /** Its last mention before the reference. */
  last: Referent;
  lastRole: MentionRole;
  lastAt: Position;
}

interface Observation {
  mention: Referent;
  at: Position;
  role: MentionRole;
  /** A share of the weight: half for what a relative clause says in passing, or a noun of no entity kind. */
  factor: number;
}

/** Whether a span lies inside a relative clause („…, der zuvor den Aufbaustab geleitet hatte“). */
export function inRelativeClause(s: ParsedSentence | undefined, m: { start: number; end: number }): boolean {
  const head = s?.tokens.find((t) => m.start <= t.start && t.end <= m.end);
  for (let t = head; t && s; t = s.tokens[t.head]) if (t.dep.startsWith('acl')) return true;
  return false;
}

/** The role a mention has in the parse: that of its head token, or of the noun it names („die Stadt Kassel“). */
export function roleOf(s: ParsedSentence | undefined, m: { start: number; end: number }): MentionRole {
  if (!s) return 'oblique';
  const inside = s.tokens.filter((t) => m.start <= t.start && t.end <= m.end);
  let head = inside.find((t) => !inside.some((o) => o.i === t.head));
  if (!head) return 'oblique';
  // The noun that introduces the name: „Stadt“ in „die Stadt Kassel“, „Portal“ in „das Portal „X““.
  for (let steps = 0; steps < 3 && head; steps++) {
    const up: ParsedToken | undefined = s.tokens[head.head];
    const describes =
      up !== undefined &&
      /^(?:appos|flat|nmod|compound)/.test(head.dep) &&
      up.end <= m.start &&
      /^(?:NOUN|PROPN)$/.test(up.pos) &&
      s.tokens
        .slice(up.i + 1, inside[0]?.i ?? up.i + 1)
        .every((t) => t.pos === 'PUNCT' || t.word.length === 1);
    // „A und B“: a conjunct stands where the first one stands.
    if (describes || head.dep === 'conj') head = up;
    else break;
  }
  const dep = head?.dep ?? '';
  if (dep.startsWith('nsubj')) return 'subject';
  if (/^(?:obj|iobj|obl:arg|obl:agent)$/.test(dep)) return 'object';
  if (dep.startsWith('obl') || dep === 'root') return 'oblique';
  return 'attribute';
}

/** What the text has named so far, and how salient each entity is at a given place. */
export class Salience {
  /** In sentence order: sentences are read one after the other. */
  private readonly seen: Observation[] = [];
  private readonly byEntity = new Map<string, Observation[]>();
  /** Entities the title names (section `null`) or a section's heading (its order). */
  private readonly headings = new Map<string, Set<number | null>>();

  /** Records that the title (`section` null) or the heading of a section names an entity. */
  heading(entityId: string, section: number | null): void {
    this.headings.set(entityId, (this.headings.get(entityId) ?? new Set()).add(section));
  }

  observe(mention: Referent, at: Position, role: MentionRole, factor = 1): void {
    if (mention.modifier) return;
    const o = { mention, at, role, factor };
    this.seen.push(o);
    const list = this.byEntity.get(mention.entityId);
    if (list) list.push(o);
    else this.byEntity.set(mention.entityId, [o]);
  }

  /** The entities the title or the section's heading names, each with its last mention before, gain the topic's weight. */
  private titleTopic(
    at: Position,
    before: (o: Observation) => boolean,
    candidate: (o: Observation) => Candidate,
  ): void {
    for (const [entityId, sections] of this.headings) {
      if (!sections.has(null) && !sections.has(at.section)) continue;
      const list = this.byEntity.get(entityId) ?? [];
      const last = [...list].reverse().find(before);
      if (last) candidate(last).score += TOPIC_FOR_PRONOUN;
    }
  }

  /**
   * Entities named before `offset` (this sentence or the ones before, within the horizon), most
   * salient first; with `topic`, also those named further back, by how often the document named them.
   */
  ranked(at: Position, offset: number, topic: 'topic' | 'title' | false = false): Candidate[] {
    const before = (o: Observation) =>
      o.at.sentence < at.sentence || (o.at.sentence === at.sentence && o.mention.end <= offset);
    const out = new Map<string, Candidate>();
    const candidate = (o: Observation): Candidate => {
      let c = out.get(o.mention.entityId);
      if (!c) {
        c = {
          entityId: o.mention.entityId,
          type: o.mention.type,
          phrase: o.mention.phrase === true,
          person: o.mention.person === true,
          score: 0,
          mentions: 0,
          last: o.mention,
          lastRole: o.role,
          lastAt: o.at,
        };
        out.set(o.mention.entityId, c);
      } else if (o.mention.start > c.last.start) {
        Object.assign(c, { last: o.mention, lastRole: o.role, lastAt: o.at });
      }
      return c;
    };
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const o = this.seen[k] as Observation;
      if (at.sentence - o.at.sentence > HORIZON) break;
      if (!before(o)) continue;
      const c = candidate(o);
      c.mentions++;
      c.score +=
        ROLE_WEIGHT[o.role] *
        o.factor *
        SENTENCE_DECAY ** (at.sentence - o.at.sentence) *
        PARAGRAPH_DECAY ** (at.paragraph - o.at.paragraph) *
        SECTION_DECAY ** (at.section - o.at.section);
    }
    if (topic === 'title') this.titleTopic(at, before, candidate);
    if (topic === 'topic') {
      for (const list of this.byEntity.values()) {
        // Mentions of earlier sentences all stand before; of this sentence, those before the offset.
        let k = list.length - 1;
        let here = 0;
        let last: Observation | undefined;
        for (; k >= 0 && (list[k] as Observation).at.sentence >= at.sentence; k--) {
          const o = list[k] as Observation;
          if (!before(o)) continue;
          here++;
          if (!last || o.mention.start > last.mention.start) last = o;
        }
        last ??= list[k];
        const count = k + 1 + here;
        if (!last || count === 0) continue;
        const c = candidate(last);
        c.mentions = count;
        c.score += TOPIC * Math.min(count, TOPIC_MENTIONS);
        const headings = this.headings.get(c.entityId);
        if (headings?.has(null) || headings?.has(at.section)) c.score += HEADING;
      }
    }
    return [...out.values()]
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || b.last.start - a.last.start);
  }
}

/** Below this a candidate has faded for a pronoun: three or four sentences after a subject mention. */
export const PRONOUN_FLOOR = 20;

/** What a reference stands for: an entity and its type. */
export type Referred = { entityId: string; type: EntityType };

/** A candidate that is an entity (not an unnamed phrase) of known type. */
export type Resolved = Candidate & { type: EntityType };

/** An entity (not an unnamed phrase) of known type. */
export function entity(c: Candidate | undefined): Resolved | undefined {
  return c && !c.phrase && c.type !== null ? (c as Resolved) : undefined;
}

/** Whether the best of these candidates stands out: no second one comes within the margin. */
export function standsOut<T extends { score: number }>(ranked: readonly T[], margin = 1.5): T | undefined {
  const [best, second] = ranked;
  if (!best) return undefined;
  return second && best.score < margin * second.score ? undefined : best;
}
