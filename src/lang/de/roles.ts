/**
 * Offices and the relation a holder has to the body of the office. A role noun stands before a
 * name („Staatssekretär Stefan Sauer“), in an apposition („der Direktor der HZD, Thomas Kaspar“) or
 * as a predicate („Leiter des Büros ist …“). Ministers HEAD their ministry and the Minister-President
 * the government; every other office is HOLDS_OFFICE with the role as written.
 * Keys are folded stems; the feminine `-in` and inflected forms are derived.
 */
import type { EntityType } from '../../graph/model.ts';

export interface Office {
  /** Folded stem: "staatssekretaer" matches Staatssekretär, Staatssekretärin, Staatssekretärs. */
  stem: string;
  relation: 'HEADS' | 'HOLDS_OFFICE' | 'CHAIRS';
  /** Types the body of the office may have. */
  body: readonly EntityType[];
  /**
   * For a compound such as „Digitalministerin“ or „Landtagspräsident“: the body's name is the
   * prefix joined with one of these heads („Digital“ + „ministerium“, „Landtag“).
   */
  bodyHeads?: readonly string[];
  /** Body assumed when the text names none (e.g. the Minister-President's government). */
  defaultBody?: string;
  /**
   * When the text names no body: the nearest body mentioned before whose name contains one of these
   * (folded) words — „Präsident ist Frank von der Au“ after „das Polizeipräsidium …“.
   */
  recentBody?: readonly string[];
  /** Bodies that never hold this office: a name with a word ending in one of these (folded) — a mayor's is no Land or Kreis. */
  recentExcept?: readonly string[];
  /** A word for a member, not an office („SPD-Politikerin“): its party is the holder's party. */
  membership?: true;
}

/** A mayor's body: the town the text is about, not its Land or Kreis. */
const MUNICIPAL = { recentBody: [''], recentExcept: ['land', 'kreis'] } as const;

const INSTITUTION: readonly EntityType[] = ['AGENCY', 'ORGANISATION', 'MINISTRY', 'GOVERNMENT', 'PROGRAMME'];

/** Longest stems first, so „ministerpraesident“ wins over „minister“ and „praesident“. */
export const OFFICES: readonly Office[] = (
  [
    { stem: 'ministerpraesident', relation: 'HEADS', body: ['GOVERNMENT'], defaultBody: 'Landesregierung' },
    { stem: 'minister', relation: 'HEADS', body: ['MINISTRY'], bodyHeads: ['ministerium', ''] },
    { stem: 'staatsminister', relation: 'HEADS', body: ['MINISTRY'], bodyHeads: ['ministerium'] },
    {
      stem: 'staatssekretaer',
      relation: 'HOLDS_OFFICE',
      body: ['MINISTRY'],
      bodyHeads: ['ministerium', ''],
    },
    {
      stem: 'praesident',
      relation: 'HOLDS_OFFICE',
      body: INSTITUTION,
      bodyHeads: ['', 'praesidium', 'amt'],
      recentBody: ['praesidium', 'landtag'],
    },
    {
      stem: 'vizepraesident',
      relation: 'HOLDS_OFFICE',
      body: INSTITUTION,
      bodyHeads: [''],
      recentBody: ['praesidium', 'landtag'],
    },
    { stem: 'landrat', relation: 'HOLDS_OFFICE', body: ['PLACE'], recentBody: ['kreis'] },
    { stem: 'landraet', relation: 'HOLDS_OFFICE', body: ['PLACE'], recentBody: ['kreis'] },
    { stem: 'buergermeister', relation: 'HOLDS_OFFICE', body: ['PLACE'], ...MUNICIPAL },
    { stem: 'oberbuergermeister', relation: 'HOLDS_OFFICE', body: ['PLACE'], ...MUNICIPAL },
    { stem: 'leiter', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'direktor', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'geschaeftsfuehrer', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'vorstand', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'vorstandsvorsitzend', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'chef', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'dezernent', relation: 'HOLDS_OFFICE', body: ['PLACE', 'AGENCY'] },
    // Posts on a body's staff: „Kommunalberater der ekom21“, „Referentin im Ministerium“,
    // „wissenschaftliche Mitarbeiterin am Institut“, „Professorin an der Hochschule“.
    { stem: 'berater', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'referent', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'sachbearbeiter', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'mitarbeiter', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'koordinator', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'professor', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    // Municipal offices (HGO, HKO): the honorary members of a town's or district's executive hold an
    // office of the place; the elected members one in their assembly.
    { stem: 'beigeordnet', relation: 'HOLDS_OFFICE', body: ['PLACE'], ...MUNICIPAL },
    { stem: 'kreisbeigeordnet', relation: 'HOLDS_OFFICE', body: ['PLACE'], recentBody: ['kreis'] },
    { stem: 'stadtrat', relation: 'HOLDS_OFFICE', body: ['PLACE'], ...MUNICIPAL },
    { stem: 'stadtraet', relation: 'HOLDS_OFFICE', body: ['PLACE'], ...MUNICIPAL },
    {
      stem: 'gemeindevertreter',
      relation: 'HOLDS_OFFICE',
      body: ['GOVERNMENT'],
      recentBody: ['gemeindevertretung'],
    },
    {
      stem: 'stadtverordnet',
      relation: 'HOLDS_OFFICE',
      body: ['GOVERNMENT'],
      recentBody: ['stadtverordnetenversammlung'],
    },
    { stem: 'kreistagsabgeordnet', relation: 'HOLDS_OFFICE', body: ['GOVERNMENT'], recentBody: ['kreistag'] },
    { stem: 'beauftragt', relation: 'HOLDS_OFFICE', body: INSTITUTION },
    { stem: 'vorsitzend', relation: 'CHAIRS', body: [...INSTITUTION, 'PARTY'] },
    // Chief Information Officer of a government or body: „der CIO des Landes“.
    { stem: 'cio', relation: 'HOLDS_OFFICE', body: [...INSTITUTION, 'PLACE'] },
    { stem: 'kanzler', relation: 'HOLDS_OFFICE', body: ['GOVERNMENT', 'ORGANISATION'] },
    { stem: 'sprecher', relation: 'HOLDS_OFFICE', body: ['PARTY', 'ORGANISATION', 'MINISTRY'] },
    // „Landtagsabgeordnete“: the compound names the parliament.
    { stem: 'abgeordnet', relation: 'HOLDS_OFFICE', body: ['GOVERNMENT'], bodyHeads: [''] },
    // „die SPD-Politikerin“, „der CDU-Mann“: the compound names the person's party.
    { stem: 'politiker', relation: 'HOLDS_OFFICE', body: ['PARTY'], bodyHeads: [''], membership: true },
  ] satisfies Office[]
).sort((a, b) => b.stem.length - a.stem.length);

/**
 * Organs of a body (folded, with their genitive endings): a role in one is an office of the body
 * whose organ it is — „Vorsitzender des Aufsichtsrats der WFB“, „Aufsichtsratsvorsitzende der HTAI“.
 */
export const ORGAN_NOUNS =
  /^(?:aufsichtsrat|verwaltungsrat|beirat|kuratorium|stiftungsrat|hochschulrat|verbandsversammlung|gesellschafterversammlung|lenkungskreis|lenkungsausschuss|direktorium)(?:e?s)?$/;

/** Endings a role noun takes: feminine, genitive, plural, adjectival nouns („Vorsitzender“). */
export const ROLE_ENDINGS = ['', 'in', 's', 'e', 'en', 'er', 'es', 'innen', 'n'];

/** Words that address a person without an office: they mark the next name as a person. */
export const ADDRESS_WORDS = new Set(['herr', 'frau', 'abg', 'kollege', 'kollegin']);

export interface OfficeWord {
  office: Office;
  /** The part before the office in a compound: "digital" in „Digitalministerin“, "" for „Ministerin“. */
  prefix: string;
}

/** The office a (folded) word names — „staatssekretaerin“, „digitalministerin“, „landtagspraesident“ — or null. */
export function officeOf(key: string): OfficeWord | null {
  for (const office of OFFICES) {
    for (const ending of ROLE_ENDINGS) {
      const stemmed = key.endsWith(ending) ? key.slice(0, key.length - ending.length) : null;
      if (stemmed === null || !stemmed.endsWith(office.stem)) continue;
      const prefix = stemmed.slice(0, stemmed.length - office.stem.length);
      // A compound needs a real first part ("Digital-", "Landtags-", "TU-"), not a stray letter.
      if (prefix.length > 0 && !prefix.endsWith('-') && (prefix.length < 3 || office.stem.length < 5))
        continue;
      return { office, prefix: prefix.replace(/-$/, '') };
    }
  }
  return null;
}
