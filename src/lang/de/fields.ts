/**
 * Labels that state a relation between a subject and the entity beside them: a table's column
 * header („Projekt | Auftraggeber | Status“: each project is commissioned by the body in its row)
 * and the key of a key–value line in an infobox, a fact sheet, an organisation chart or a notice
 * („Sitz: Wiesbaden“, „Leitung: Dr. Anna Muster“, „Rechtsgrundlage: Onlinezugangsgesetz“), whose
 * subject is the entity the section or the document is about.
 *
 * Keys are folded label words (lower case, umlauts spelled out, letters only). A label not listed
 * is looked up by its last part where that part is one of COMPOUND_HEADS („Behördenleitung“ →
 * „leitung“, „Hauptsitz“ → „sitz“; not „Geburtsort“, not „Ansprechpartner“). `toRow` turns the relation around (the value acts on the
 * subject); `value` lists the types the value's entity may have.
 */
import type { EntityType, RelationType } from '../../graph/model.ts';
import { INSTITUTIONS, THINGS } from './frames/index.ts';

export interface Field {
  type: RelationType;
  /** The relation runs from the value's entity to the subject. */
  toRow?: boolean;
  /** Types the value's entity may have; any when absent. */
  value?: readonly EntityType[];
  /** The office the value holds (HOLDS_OFFICE): the label as written is kept where it names one. */
  role?: string;
  /** Types the subject may have; any when absent. */
  subject?: readonly EntityType[];
}

const BODIES: readonly EntityType[] = [...INSTITUTIONS, 'PLACE'];
const WORKS = THINGS;
const seat: Field = { type: 'LOCATED_IN', value: ['PLACE'] };
const office = (role: string): Field => ({ type: 'HOLDS_OFFICE', toRow: true, value: ['PERSON'], role });
const parent: Field = { type: 'PART_OF', value: BODIES };
const actor = (type: RelationType): Field => ({ type, toRow: true, value: [...BODIES, 'PERSON'] });

export const FIELDS: Readonly<Record<string, Field>> = {
  auftraggeber: { type: 'COMMISSIONED_BY', value: [...BODIES, 'PERSON'] },
  auftraggeberin: { type: 'COMMISSIONED_BY', value: [...BODIES, 'PERSON'] },
  partner: { type: 'COOPERATES_WITH', value: BODIES },
  kooperationspartner: { type: 'COOPERATES_WITH', value: BODIES },
  standort: seat,
  sitz: seat,
  ort: seat,
  traeger: actor('OPERATES'),
  betreiber: actor('OPERATES'),
  foerderer: actor('FUNDS'),
  foerdermittelgeber: actor('FUNDS'),
  zuwendungsgeber: actor('FUNDS'),
  finanzierung: actor('FUNDS'),
  entwickler: actor('DEVELOPS'),
  hersteller: actor('DEVELOPS'),
  anbieter: actor('PROVIDES'),
  zustaendig: actor('RESPONSIBLE_FOR'),
  zustaendigkeit: actor('RESPONSIBLE_FOR'),
  federfuehrung: actor('LEADS'),
  // Who holds an event or a programme: „Veranstalter:“, „Ausrichter:“, „Organisation:“.
  veranstalter: actor('RESPONSIBLE_FOR'),
  veranstalterin: actor('RESPONSIBLE_FOR'),
  ausrichter: actor('RESPONSIBLE_FOR'),
  organisator: actor('RESPONSIBLE_FOR'),
  organisation: actor('RESPONSIBLE_FOR'),
  leitung: office('Leitung'),
  leiter: office('Leiter'),
  leiterin: office('Leiterin'),
  direktor: office('Direktor'),
  direktorin: office('Direktorin'),
  praesident: office('Präsident'),
  praesidentin: office('Präsidentin'),
  geschaeftsfuehrung: office('Geschäftsführung'),
  geschaeftsfuehrer: office('Geschäftsführer'),
  geschaeftsfuehrerin: office('Geschäftsführerin'),
  vorstand: office('Vorstand'),
  vorsitz: office('Vorsitz'),
  vorsitzender: office('Vorsitzender'),
  vorsitzende: office('Vorsitzende'),
  rechtsgrundlage: { type: 'BASED_ON', value: ['LAW'] },
  grundlage: { type: 'BASED_ON', value: ['LAW'] },
  aufsicht: parent,
  aufsichtsbehoerde: parent,
  fachaufsicht: parent,
  dienstaufsicht: parent,
  geschaeftsbereich: parent,
  ressort: { type: 'PART_OF', value: ['MINISTRY'] },
  dachorganisation: parent,
  muttergesellschaft: parent,
  gesellschafter: parent,
  eigentuemer: parent,
  uebergeordnetebehoerde: parent,
  vorgaenger: { type: 'FOLLOWS' },
  vorgaengerin: { type: 'FOLLOWS' },
  vorgaengerorganisation: { type: 'FOLLOWS' },
  nachfolger: { type: 'FOLLOWS', toRow: true },
  nachfolgerin: { type: 'FOLLOWS', toRow: true },
  mitglieder: { type: 'MEMBER_OF', toRow: true },
  mitglied: { type: 'MEMBER_OF', value: ['ORGANISATION', 'PARTY', 'GOVERNMENT'] },
  mitgliedschaft: { type: 'MEMBER_OF', value: ['ORGANISATION', 'PARTY', 'GOVERNMENT'] },
  partei: { type: 'MEMBER_OF', value: ['PARTY'] },
  aufgaben: { type: 'RESPONSIBLE_FOR', value: WORKS },
  aufgabe: { type: 'RESPONSIBLE_FOR', value: WORKS },
  zustaendigkeiten: { type: 'RESPONSIBLE_FOR', value: WORKS },
};

/**
 * The ways a line gives a label its value besides „Label: value“: an infobox row („Sitz⇥Gießen“,
 * cells split by a tab), a copula with the label first („Aufsichtsbehörde ist das
 * Regierungspräsidium Gießen“, „Geschäftsführer sind A und B“) and a label that lies with its
 * holder („Die Geschäftsführung liegt bei Jonas Probst“). Group 1 is the label; the value follows
 * the match.
 */
export const LABEL_SHAPES: readonly RegExp[] = [
  /^([\p{L}][\p{L} /.-]{1,40}?)\t+(?=\S)/u,
  /^(\p{Lu}[\p{L}-]+) (?:ist|sind|war|waren) (?:seit [^,]{1,30} )?(?=\S)/u,
  /^(?:Die |Der |Das )?(\p{Lu}[\p{L}-]+) (?:liegt|lag|liegen|lagen) (?:seit [^,]{1,30} )?(?:bei der |bei dem |bei |beim )(?=\S)/u,
];

/** What a unit is responsible for, in the line that names it: „Referat V 2 – Portal, App“. */
export const TASKS: Field = { type: 'RESPONSIBLE_FOR', value: WORKS };

/** Last parts that keep their meaning in a compound label: „Behördenleitung“, „Hauptsitz“, „Rechtsaufsicht“. */
const COMPOUND_HEADS = ['leitung', 'sitz', 'standort', 'aufsicht', 'traeger', 'betreiber'];

/** The field a label names: the label itself, or a compound of a head that keeps its meaning. */
export function fieldOf(folded: string): Field | null {
  if (FIELDS[folded]) return FIELDS[folded];
  const head = COMPOUND_HEADS.find((h) => folded.endsWith(h));
  return head ? (FIELDS[head] ?? null) : null;
}
