/**
 * Which frames a token can be the predicate of, by its lemma: a frame's lemmas are folded once and
 * looked up per token. A separable verb fits whole („abgelöst“, „abzulösen“: lemma „ablösen“) or as
 * its stem with the particle standing apart („löst … ab“); a verb with a particle the frame does not
 * name is another verb („stellt … vor“ is not „stellt … bereit“). Nouns may head compounds.
 */
import type { Frame } from '../lang/de/frames/index.ts';
import { KEEP_MEANING_PARTICLES } from '../lang/de/relation-rules.ts';
import { foldCase } from './fold.ts';
import { childrenOf, type ParsedSentence, type ParsedToken } from './parse.ts';

interface Entry {
  frame: Frame;
  /** The particle a separable verb needs when it stands apart from the stem. */
  particle?: string;
}

/** The shortest first part that makes a compound („Haupt|sitz“); shorter ones are words of their own („Be|sitz“). */
const MIN_COMPOUND_PREFIX = 4;

function particleFits(s: ParsedSentence, t: ParsedToken, particle: string | undefined): boolean {
  const particles = childrenOf(s, t, 'compound:prt')
    .map((p) => p.key)
    .filter((p) => !KEEP_MEANING_PARTICLES.has(p));
  if (!particle) return particles.length === 0;
  // The tagger sometimes hangs a clause-final particle on a word before it, or reads it as an
  // adjective („stellt … bereit“): a later particle, or the particle word closing the clause, will do.
  const words = s.tokens.filter((p) => p.pos !== 'PUNCT');
  const closing = words.at(-1);
  const later =
    s.tokens.some((p) => p.dep === 'compound:prt' && p.i > t.i && p.key === particle) ||
    (closing !== undefined && closing.i > t.i && closing.key === particle);
  return particles.includes(particle) || later;
}

export class FrameIndex {
  readonly #byLemma = new Map<string, Entry[]>();
  readonly #compounds: { lemma: string; frame: Frame }[] = [];
  readonly #any: Frame[] = [];

  constructor(frames: readonly Frame[]) {
    for (const frame of frames) {
      for (const written of Object.keys(frame.predicates)) {
        if (written === '*') {
          this.#any.push(frame);
          continue;
        }
        const [first, stem] = foldCase(written).split('|') as [string, string | undefined];
        this.#add(stem === undefined ? first : first + stem, { frame });
        if (stem !== undefined) this.#add(stem, { frame, particle: first });
        if (frame.compounds) this.#compounds.push({ lemma: first, frame });
      }
    }
  }

  #add(lemma: string, entry: Entry): void {
    const list = this.#byLemma.get(lemma) ?? [];
    list.push(entry);
    this.#byLemma.set(lemma, list);
  }

  /** The frames whose predicate this token is, in lexicon order, each once. */
  at(s: ParsedSentence, t: ParsedToken): Frame[] {
    const out = new Set<Frame>();
    const verbal = t.pos !== 'NOUN' && t.pos !== 'PROPN';
    for (const key of t.lemmaKeys) {
      for (const { frame, particle } of this.#byLemma.get(key) ?? [])
        if (!verbal || particleFits(s, t, particle)) out.add(frame);
      if (verbal) continue;
      for (const { lemma, frame } of this.#compounds)
        if (key.length - lemma.length >= MIN_COMPOUND_PREFIX && key.endsWith(lemma)) out.add(frame);
    }
    for (const frame of this.#any) out.add(frame);
    return [...out].filter((f) => (f.pos as readonly string[]).includes(t.pos));
  }
}
