/**
 * Whose a possessive is, for the resolver: „ihre Präsidentin“ (the body an office belongs to),
 * „seine Nachfolgerin“ (the person succeeded), „an ihrer Spitze“ (the body headed), „mein Haus“
 * and „Ihr Vorgänger“ (the speaker's or the addressed person's, speakers.ts). A third party's
 * possessive takes the salient referent that agrees with it; where two fit alike, none.
 */
import { POSSESSIVE_GENDER } from '../../lang/de/references.ts';
import type { Doc } from '../doc.ts';
import type { ParsedToken } from '../parse.ts';
import type { Genders } from './agreement.ts';
import type { PossessiveRole, Possessor } from './possessives.ts';
import {
  type Candidate,
  entity,
  type Position,
  PRONOUN_FLOOR,
  type Referred,
  type Salience,
  standsOut,
} from './salience.ts';
import type { Voice, Voices } from './speakers.ts';

/** The bodies each person heads, as the document has stated so far (a minister's ministry). */
export function headedBy(doc: Doc): (person: string) => Referred[] {
  return (person) =>
    doc.relations
      .filter((r) => r.from === person && r.type === 'HEADS')
      .flatMap((r) => {
        const type = doc.registry.record(r.to)?.type;
        return type ? [{ entityId: r.to, type }] : [];
      });
}

export class Possessors {
  constructor(
    private readonly salience: Salience,
    private readonly genders: Genders,
    private readonly voices: Voices,
    /** The bodies a person heads, as the text has stated so far. */
    private readonly headed: (person: string) => Referred[] = () => [],
  ) {}

  private voiceOf(si: number, possessor: Exclude<Possessor, 'third'>): Voice | undefined {
    return (possessor === 'speaker' ? this.voices.first : this.voices.addressed)[si];
  }

  /**
   * „ihre Präsidentin“: the salient referent agreeing with the possessive, when it is a body the
   * office belongs to. A thing of no kind („seinen Sitz“) has no offices and does not compete.
   */
  ofOffice(si: number, at: Position, r: PossessiveRole): Referred | undefined {
    if (r.possessor !== 'third') {
      const house = r.possessor === 'speaker' ? this.voices.ours[si] : this.voiceOf(si, r.possessor)?.house;
      return house && r.office.office.body.includes(house.type) ? house : undefined;
    }
    const reading = { genders: POSSESSIVE_GENDER[r.stem] ?? [] };
    const fitting = this.salience
      .ranked(at, r.possessive.start)
      .filter((c) => c.score >= PRONOUN_FLOOR && c.entityId !== r.person.entityId)
      .filter((c) => !c.phrase || c.type !== null || c.person)
      .map((c) => ({ ...c, fit: this.genders.fit(c.entityId, c.type, reading) }))
      .filter((c) => c.fit !== 'no');
    const chosen = standsOut(fitting);
    const body = chosen?.fit === 'yes' ? entity(chosen) : undefined;
    if (body?.type === 'PERSON') {
      // „Ministerin Anna Muster … Ihr Staatssekretär“: the office belongs to the body the person heads.
      return this.headed(body.entityId).find((b) => r.office.office.body.includes(b.type));
    }
    return body && r.office.office.body.includes(body.type) ? body : undefined;
  }

  /**
   * „Ihr Vorgänger“, „seine Nachfolgerin“: the person whose predecessor or successor it is; „an
   * ihrer Spitze“: the body headed.
   */
  ofFrame(
    si: number,
    at: Position,
    possessive: ParsedToken,
    possessor: Possessor,
    kind: 'person' | 'body',
  ): Referred | undefined {
    if (possessor !== 'third') {
      const voice = this.voiceOf(si, possessor);
      return kind === 'person' ? voice && { entityId: voice.person, type: 'PERSON' } : voice?.house;
    }
    const reading = { genders: POSSESSIVE_GENDER[possessive.key.replace(/(?:e|er|es|em|en)$/, '')] ?? [] };
    const wanted = (c: Candidate) =>
      kind === 'person' ? c.type === 'PERSON' : c.type !== null && c.type !== 'PERSON';
    const fitting = this.salience
      .ranked(at, possessive.start)
      .filter((c) => c.score >= PRONOUN_FLOOR && wanted(c) && !c.phrase)
      .map((c) => ({ ...c, fit: this.genders.fit(c.entityId, c.type, reading) }))
      .filter((c) => c.fit === 'yes');
    return entity(standsOut(fitting));
  }
}
