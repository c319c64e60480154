/**
 * Relation rules over the dependency parse. A rule names a predicate — a verb (any tense or voice),
 * a predicative adjective or participle, or a relational noun — and where its two arguments stand:
 *  - `subject`: who acts; in the passive the „von“/„durch“ agent; for an attributive participle
 *    („die vom Land geförderte App“) the „von“ phrase,
 *  - `object`: what is acted on; in the passive the grammatical subject; for an attributive
 *    participle the noun it describes,
 *  - `anchor`: for a noun or adjective, the entity it is said of (copula subject, apposition head,
 *    or the subject of the clause it stands in),
 *  - `prep:…`: a prepositional phrase („mit …“, „in …“) or, for `prep:gen`, a genitive attribute,
 *  - `task`: the genitive of an object that names a task or office („die Aufgaben des Stabs“).
 * Every rule carries an example sentence written for this purpose (not taken from any evaluation
 * document); a parametrised test runs each one through the whole pipeline.
 */
import type { EntityType, RelationType } from '../../graph/model.ts';

export type Slot = 'subject' | 'object' | 'anchor' | 'self' | 'between' | 'task' | `prep:${string}`;

export interface RelationRule {
  id: string;
  type: RelationType;
  /** Predicate: regex on the folded word ("betreibt" → "betreibt", "Förderung" → "foerderung"). */
  predicate: RegExp;
  /** Part of speech of the predicate. */
  pos: readonly ('VERB' | 'AUX' | 'ADJ' | 'ADV' | 'NOUN' | 'PROPN')[];
  /** A separable particle the verb needs: „löst … ab“, „arbeitet … zusammen“. */
  particle?: string;
  /** The preposition a predicate noun must stand with: „tritt an die Stelle“. */
  preposition?: string;
  from: Slot | readonly Slot[];
  to: Slot | readonly Slot[];
  /** Prepositions of the passive agent, when not „von“/„durch“ („finanziert aus …“). */
  agents?: readonly string[];
  fromTypes: readonly EntityType[];
  toTypes: readonly EntityType[];
  /** Office title for HOLDS_OFFICE rules („leitet“ → Leiter). */
  role?: string;
  confidence: number;
  example: { sentence: string; from: string; to: string };
}

const INSTITUTIONS: EntityType[] = ['MINISTRY', 'AGENCY', 'ORGANISATION', 'GOVERNMENT'];
const ACTORS: EntityType[] = [...INSTITUTIONS, 'PERSON', 'PLACE'];
const THINGS: EntityType[] = ['PROGRAMME', 'PLATFORM', 'SERVICE', 'LAW'];
const BODIES: EntityType[] = [...INSTITUTIONS, 'PARTY'];
const SUCCESSIVE: EntityType[] = [...INSTITUTIONS, 'PROGRAMME', 'PLATFORM', 'SERVICE', 'LAW', 'PERSON'];
const VERB: RelationRule['pos'] = ['VERB', 'AUX', 'ADJ'];

export const RELATION_RULES: readonly RelationRule[] = [
  {
    id: 'betreiben',
    type: 'OPERATES',
    predicate: /^(?:betreib|betrieb|ge?betrieben)/,
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ACTORS,
    toTypes: [...THINGS, 'ORGANISATION'],
    confidence: 0.85,
    example: {
      sentence: 'Seit dem Frühjahr betreibt die Stadtverwaltung Kassel das Bürgerportal „Kassel direkt“.',
      from: 'Stadtverwaltung Kassel',
      to: 'Kassel direkt',
    },
  },
  {
    id: 'entwickeln',
    type: 'DEVELOPS',
    predicate: /^(?:entwickel|entwickl|ge?entwickelt|programmier|konzipier)/,
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: THINGS,
    confidence: 0.8,
    example: {
      sentence: 'Die App „Mängelmelder Nordhessen“ hat die Kommunale Datenzentrale Nordhessen entwickelt.',
      from: 'Kommunale Datenzentrale Nordhessen',
      to: 'Mängelmelder Nordhessen',
    },
  },
  {
    id: 'aufbauen',
    type: 'DEVELOPS',
    predicate: /^(?:baut|bauen|baute|bauten|aufgebaut|aufbau)/,
    particle: 'auf',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: THINGS,
    confidence: 0.75,
    example: {
      sentence: 'Seit 2021 baut die Stadt Gießen die Plattform „Gießen gemeinsam“ auf.',
      from: 'Gießen',
      to: 'Gießen gemeinsam',
    },
  },
  {
    id: 'bereitstellen',
    type: 'PROVIDES',
    predicate: /^(?:stell|gestellt|bereitgestellt|bereitstell)/,
    particle: 'bereit',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: [...ACTORS, 'PLATFORM'],
    toTypes: THINGS,
    confidence: 0.75,
    example: {
      sentence: 'Die Kommunale IT-Genossenschaft stellt den Städten die Plattform „Ratsinfo plus“ bereit.',
      from: 'Kommunale IT-Genossenschaft',
      to: 'Ratsinfo plus',
    },
  },
  {
    id: 'anbieten',
    type: 'PROVIDES',
    predicate: /^(?:biet|bot|angeboten|anbiet)/,
    particle: 'an',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: [...ACTORS, 'PLATFORM'],
    toTypes: THINGS,
    confidence: 0.75,
    example: {
      sentence: 'Das Landesamt für Statistik bietet das Onlineportal „Statistik direkt“ an.',
      from: 'Landesamt für Statistik',
      to: 'Statistik direkt',
    },
  },
  {
    id: 'foerdern',
    type: 'FUNDS',
    predicate: /^(?:foerder|gefoerdert|finanzier|bezuschuss|unterstuetzt)/,
    pos: VERB,
    from: 'subject',
    to: ['object', 'prep:ueber'],
    agents: ['von', 'durch', 'aus'],
    fromTypes: [...INSTITUTIONS, 'PROGRAMME', 'PLACE'],
    toTypes: [...THINGS, 'AGENCY', 'ORGANISATION', 'PLACE'],
    confidence: 0.8,
    example: {
      sentence: 'Das Wissenschaftsministerium fördert seit 2021 das Forschungszentrum für Datenethik.',
      from: 'Wissenschaftsministerium',
      to: 'Forschungszentrum für Datenethik',
    },
  },
  {
    id: 'zustaendig',
    type: 'RESPONSIBLE_FOR',
    predicate: /^(?:zustaendig|verantwortlich)/,
    pos: ['ADJ'],
    from: 'anchor',
    to: 'prep:fuer',
    fromTypes: ACTORS,
    toTypes: THINGS,
    confidence: 0.85,
    example: {
      sentence: 'Für das Förderprogramm „Starke Dörfer“ ist das Landwirtschaftsministerium zuständig.',
      from: 'Landwirtschaftsministerium',
      to: 'Starke Dörfer',
    },
  },
  {
    id: 'leiten-person',
    type: 'HOLDS_OFFICE',
    role: 'Leiter',
    predicate: /^(?:leit|geleitet)/,
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PERSON'],
    toTypes: [...INSTITUTIONS, 'PROGRAMME'],
    confidence: 0.8,
    example: {
      sentence: 'Geleitet wird die Geschäftsstelle Smart Region von Anna Berger.',
      from: 'Anna Berger',
      to: 'Geschäftsstelle Smart Region',
    },
  },
  {
    id: 'federfuehrung',
    type: 'LEADS',
    predicate: /^(?:federfuehrend|federfuehrung|koordinier)/,
    pos: ['ADJ', 'NOUN', 'VERB'],
    from: 'anchor',
    to: 'prep:fuer',
    fromTypes: INSTITUTIONS,
    toTypes: [...THINGS, 'ORGANISATION'],
    confidence: 0.8,
    example: {
      sentence: 'Für die Plattform „Bauantrag online“ ist das Bauministerium federführend.',
      from: 'Bauministerium',
      to: 'Bauantrag online',
    },
  },
  {
    id: 'mitglied',
    type: 'MEMBER_OF',
    predicate: /^mitglied/,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: [...INSTITUTIONS, 'PERSON', 'PLACE'],
    toTypes: [...BODIES],
    confidence: 0.85,
    example: {
      sentence: 'Die Stadt Fulda ist seit 2020 Mitglied des Vereins Digitale Kommunen Hessen.',
      from: 'Fulda',
      to: 'Digitale Kommunen Hessen',
    },
  },
  {
    id: 'beitreten',
    type: 'MEMBER_OF',
    predicate: /^(?:trat|tritt|treten|getreten|beitr|beigetreten)/,
    particle: 'bei',
    pos: VERB,
    from: 'subject',
    to: 'prep:dat',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: BODIES,
    confidence: 0.8,
    example: {
      sentence: 'Im Jahr 2022 trat die Landeshauptstadt Wiesbaden der Genossenschaft Kommunale IT bei.',
      from: 'Wiesbaden',
      to: 'Genossenschaft Kommunale IT',
    },
  },
  {
    id: 'angesiedelt',
    type: 'PART_OF',
    predicate: /^(?:angesiedelt|eingegliedert|angegliedert|angedockt|eingerichtet|zugeordnet|untergebracht)/,
    pos: ['ADJ', 'VERB'],
    from: 'object',
    to: 'prep:bei|beim|an|am|in|im',
    fromTypes: [...INSTITUTIONS, 'PROGRAMME'],
    toTypes: INSTITUTIONS,
    confidence: 0.8,
    example: {
      sentence: 'Die Servicestelle Open Data ist beim Statistischen Landesamt angesiedelt.',
      from: 'Servicestelle Open Data',
      to: 'Statistisches Landesamt',
    },
  },
  {
    id: 'gehoeren-zu',
    type: 'PART_OF',
    predicate: /^(?:gehoer|gehort)/,
    pos: VERB,
    from: 'subject',
    to: 'prep:zu|zum|zur',
    fromTypes: [...INSTITUTIONS, ...THINGS, 'PLACE'],
    toTypes: [...INSTITUTIONS, ...THINGS, 'PLACE'],
    confidence: 0.75,
    example: {
      sentence: 'Die Zentralstelle Cybercrime gehört zur Generalstaatsanwaltschaft Frankfurt.',
      from: 'Zentralstelle Cybercrime',
      to: 'Generalstaatsanwaltschaft Frankfurt',
    },
  },
  {
    id: 'teil',
    type: 'PART_OF',
    predicate:
      /^(?:teil|bestandteil|teilprojekt|saeule|baustein|modul|abteilung|unterabteilung|referat|dezernat|fachbereich|tochter|tochtergesellschaft|tochterunternehmen)$/,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: [...INSTITUTIONS, ...THINGS],
    toTypes: [...INSTITUTIONS, ...THINGS],
    confidence: 0.75,
    example: {
      sentence: 'Das Projekt „Smarte Ampel“ ist ein Baustein der Initiative Mobiles Hessen.',
      from: 'Smarte Ampel',
      to: 'Initiative Mobiles Hessen',
    },
  },
  {
    id: 'sitz',
    type: 'LOCATED_IN',
    predicate: /^(?:sitz|hauptsitz|dienstsitz|standort)$/,
    pos: ['NOUN'],
    from: 'anchor',
    // „mit Sitz in Kassel“, „hat ihren Standort an der Universität Kassel“
    to: 'prep:in|im|an|am',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE', 'ORGANISATION'],
    confidence: 0.85,
    example: {
      sentence: 'Die Landesanstalt für Medien, mit Sitz in Kassel, beaufsichtigt den privaten Rundfunk.',
      from: 'Landesanstalt für Medien',
      to: 'Kassel',
    },
  },
  {
    // „Sitz der Behörde ist Kassel“: the seat's genitive is the body, the copula's other side the place.
    id: 'sitz-des',
    type: 'LOCATED_IN',
    predicate: /^(?:sitz|hauptsitz|dienstsitz|standort)$/,
    pos: ['NOUN'],
    from: 'prep:gen',
    to: 'anchor',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE'],
    confidence: 0.8,
    example: {
      sentence: 'Sitz der Landesanstalt für Medien ist seit 1989 Kassel.',
      from: 'Landesanstalt für Medien',
      to: 'Kassel',
    },
  },
  {
    id: 'ansaessig',
    type: 'LOCATED_IN',
    predicate: /^(?:ansaessig|beheimatet|sitzt)/,
    pos: ['ADJ', 'VERB'],
    from: 'anchor',
    to: 'prep:in',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE'],
    confidence: 0.8,
    example: {
      sentence: 'Das Kompetenzzentrum Geodaten ist in Darmstadt ansässig.',
      from: 'Kompetenzzentrum Geodaten',
      to: 'Darmstadt',
    },
  },
  {
    id: 'im-auftrag',
    type: 'COMMISSIONED_BY',
    predicate: /^auftrag$/,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: [...INSTITUTIONS, 'PROGRAMME'],
    toTypes: [...INSTITUTIONS, 'PERSON'],
    confidence: 0.8,
    example: {
      sentence:
        'Im Auftrag des Sozialministeriums hat die Firma Datenwerk GmbH ein neues Antragsportal gebaut.',
      from: 'Datenwerk GmbH',
      to: 'Sozialministerium',
    },
  },
  {
    id: 'beauftragen',
    type: 'COMMISSIONED_BY',
    predicate: /^(?:beauftragt|beauftrag)/,
    pos: VERB,
    from: 'object',
    to: 'subject',
    fromTypes: [...INSTITUTIONS],
    toTypes: [...INSTITUTIONS],
    confidence: 0.8,
    example: {
      sentence: 'Das Verkehrsministerium beauftragte die Landesstraßenbehörde mit der Planung.',
      from: 'Landesstraßenbehörde',
      to: 'Verkehrsministerium',
    },
  },
  {
    id: 'kooperieren',
    type: 'COOPERATES_WITH',
    predicate: /^(?:kooperier|geschlossen|schliess|schloss|vereinbart|unterzeichnet)/,
    pos: VERB,
    from: 'subject',
    to: 'prep:mit',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.75,
    example: {
      sentence:
        'Die Universität Kassel kooperiert seit Jahren mit dem Fraunhofer-Institut für Energiesysteme.',
      from: 'Universität Kassel',
      to: 'Fraunhofer-Institut für Energiesysteme',
    },
  },
  {
    id: 'zusammenarbeiten',
    type: 'COOPERATES_WITH',
    predicate: /^(?:arbeit|zusammengearbeitet|zusammenarbeit)/,
    particle: 'zusammen',
    pos: VERB,
    from: 'subject',
    to: 'prep:mit',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.75,
    example: {
      sentence:
        'Beim Glasfaserausbau arbeitet der Landkreis Fulda eng mit der Breitband Nordhessen GmbH zusammen.',
      from: 'Landkreis Fulda',
      to: 'Breitband Nordhessen GmbH',
    },
  },
  {
    id: 'abloesen',
    type: 'FOLLOWS',
    predicate: /^(?:loes|loest|abgeloest|abloes)/,
    particle: 'ab',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.8,
    example: {
      sentence: 'Das neue Schulportal Hessen löst die alte Lernplattform „Schule online“ ab.',
      from: 'Schulportal Hessen',
      to: 'Schule online',
    },
  },
  {
    id: 'nachfolger',
    type: 'FOLLOWS',
    predicate: /^(?:nachfolger|nachfolgerin|nachfolgeorganisation|nachfolge)$/,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|von',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.8,
    example: {
      sentence: 'Seit Mai ist Jana Keller als Nachfolgerin von Tobias Brandt im Amt.',
      from: 'Jana Keller',
      to: 'Tobias Brandt',
    },
  },
  {
    id: 'hervorgehen',
    type: 'FOLLOWS',
    predicate: /^(?:ging|geht|gehen|hervorgegangen|hervorgeh)/,
    particle: 'hervor',
    pos: VERB,
    from: 'subject',
    to: 'prep:aus',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.75,
    example: {
      sentence: 'Die Landesagentur für Daten ging 2019 aus der Stabsstelle Datenpolitik hervor.',
      from: 'Landesagentur für Daten',
      to: 'Stabsstelle Datenpolitik',
    },
  },
  {
    id: 'entstehen',
    type: 'FOLLOWS',
    predicate: /^(?:entstand|entstanden|entsteht)/,
    pos: VERB,
    from: 'subject',
    to: 'prep:aus',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.75,
    example: {
      sentence:
        'Im Jahr 2005 entstand die Hessische Landesstelle für Geodaten aus dem früheren Vermessungsamt Kassel.',
      from: 'Landesstelle für Geodaten',
      to: 'Vermessungsamt Kassel',
    },
  },
  {
    id: 'fortsetzen',
    type: 'FOLLOWS',
    predicate: /^(?:setzt|setzen|setzte|fortgesetzt|fortsetz)/,
    particle: 'fort',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PROGRAMME', 'LAW', 'PLATFORM', 'SERVICE'],
    toTypes: ['PROGRAMME', 'LAW', 'PLATFORM', 'SERVICE'],
    confidence: 0.75,
    example: {
      sentence: 'Die „Offensive Glasfaser 2030“ setzt die frühere „Breitbandinitiative Nordhessen“ fort.',
      from: 'Offensive Glasfaser 2030',
      to: 'Breitbandinitiative Nordhessen',
    },
  },
  {
    id: 'folgen-auf',
    type: 'FOLLOWS',
    predicate: /^(?:folgt|folgte|folgten|gefolgt)$/,
    pos: VERB,
    from: 'subject',
    to: 'prep:auf',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.75,
    example: {
      sentence: 'Im Vorsitz des Vereins folgte Ute Sommer im Mai 2021 auf Bernd Wilke.',
      from: 'Ute Sommer',
      to: 'Bernd Wilke',
    },
  },
  {
    id: 'an-die-stelle',
    type: 'FOLLOWS',
    predicate: /^stelle$/,
    preposition: 'an',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|von',
    fromTypes: SUCCESSIVE,
    toTypes: SUCCESSIVE,
    confidence: 0.75,
    example: {
      sentence: 'Im Jahr 2008 trat das Landesamt für Geoinformation an die Stelle des Katasteramts Gießen.',
      from: 'Landesamt für Geoinformation',
      to: 'Katasteramt',
    },
  },
  {
    // „übernimmt die Aufgaben des Aufbaustabs“: a task noun's genitive is the predecessor.
    id: 'uebernehmen',
    type: 'FOLLOWS',
    predicate: /^(?:uebernimmt|uebernehmen|uebernahm|uebernahmen|uebernommen)$/,
    pos: VERB,
    from: 'subject',
    to: 'task',
    fromTypes: [...INSTITUTIONS, 'PERSON'],
    toTypes: [...INSTITUTIONS, 'PERSON'],
    confidence: 0.7,
    example: {
      sentence:
        'Zum Jahresbeginn übernahm die Landesagentur Digitales Hessen die Aufgaben der Fachstelle Open Data Hessen.',
      from: 'Landesagentur Digitales Hessen',
      to: 'Fachstelle Open Data Hessen',
    },
  },
  {
    id: 'unterstehen',
    type: 'PART_OF',
    predicate: /^(?:untersteht|unterstehen|unterstand|unterstanden|unterstellt)$/,
    pos: VERB,
    from: ['subject', 'object'],
    to: 'prep:dat',
    fromTypes: [...INSTITUTIONS],
    toTypes: [...INSTITUTIONS],
    confidence: 0.75,
    example: {
      sentence: 'Seit 2015 untersteht die Landesstelle für Katastrophenschutz dem Innenministerium.',
      from: 'Landesstelle für Katastrophenschutz',
      to: 'Innenministerium',
    },
  },
  {
    // A body keeps a unit of its own: „unterhält eine Außenstelle in Kassel“.
    id: 'unterhalten',
    type: 'PART_OF',
    predicate: /^(?:unterhaelt|unterhalten|unterhielt|unterhielten)$/,
    pos: VERB,
    from: 'object',
    to: 'subject',
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: [...INSTITUTIONS],
    confidence: 0.7,
    example: {
      sentence: 'Das Statistische Landesamt unterhält seit 2010 die Zweigstelle Kassel.',
      from: 'Zweigstelle Kassel',
      to: 'Statistisches Landesamt',
    },
  },
  {
    id: 'ausrichten',
    type: 'RESPONSIBLE_FOR',
    predicate: /^(?:richtet|richten|richtete|ausgerichtet|ausricht|veranstalt|organisier)/,
    particle: 'aus',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: [...INSTITUTIONS, 'PERSON'],
    toTypes: ['PROGRAMME'],
    confidence: 0.75,
    example: {
      sentence: 'Im Herbst richtet die Landesmedienanstalt den Medienkongress Nordhessen in Kassel aus.',
      from: 'Landesmedienanstalt',
      to: 'Medienkongress Nordhessen',
    },
  },
  {
    id: 'verantwortung',
    type: 'RESPONSIBLE_FOR',
    predicate: /^(?:verantwortung|gesamtverantwortung|fachaufsicht|aufsicht)$/,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:fuer|ueber',
    fromTypes: ACTORS,
    toTypes: [...THINGS, ...INSTITUTIONS],
    confidence: 0.75,
    example: {
      sentence: 'Die Fachaufsicht über das Landesamt für Statistik hat seit 2022 das Finanzministerium.',
      from: 'Finanzministerium',
      to: 'Landesamt für Statistik',
    },
  },
  {
    // A body sets up a unit of its own: „richtet eine Servicestelle ein“.
    id: 'einrichten',
    type: 'PART_OF',
    predicate: /^(?:richtet|richten|richtete|richteten|eingerichtet|einricht)/,
    particle: 'ein',
    pos: VERB,
    from: 'object',
    to: 'subject',
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.7,
    example: {
      sentence: 'Im Frühjahr richtete die Stadt Darmstadt die Servicestelle Digitale Verwaltung ein.',
      from: 'Servicestelle Digitale Verwaltung',
      to: 'Darmstadt',
    },
  },
  {
    id: 'anlaufstelle',
    type: 'RESPONSIBLE_FOR',
    predicate: /^(?:anlaufstelle|ansprechpartner|ansprechpartnerin|geschaeftsstelle|koordinierungsstelle)$/,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:fuer',
    fromTypes: [...INSTITUTIONS],
    toTypes: THINGS,
    confidence: 0.75,
    example: {
      sentence: 'Anlaufstelle für das Programm „Schule digital“ ist die Servicestelle Medienbildung.',
      from: 'Servicestelle Medienbildung',
      to: 'Schule digital',
    },
  },
  {
    id: 'zwischen',
    type: 'COOPERATES_WITH',
    predicate:
      /^(?:geschlossen|schliess|schloss|vereinbart|unterzeichnet|kooperation|zusammenarbeit|vertrag|vereinbarung|pakt|abkommen)/,
    pos: ['VERB', 'ADJ', 'NOUN'],
    from: 'between',
    to: 'between',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.75,
    example: {
      sentence:
        'Die Vereinbarung wurde zwischen der Stadt Gießen und der Technischen Hochschule Mittelhessen geschlossen.',
      from: 'Gießen',
      to: 'Technische Hochschule Mittelhessen',
    },
  },
  {
    id: 'gemeinsam-mit',
    type: 'COOPERATES_WITH',
    predicate: /^(?:gemeinsam|zusammen)$/,
    pos: ['ADV', 'ADJ'],
    from: 'anchor',
    to: 'prep:mit',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.7,
    example: {
      sentence: 'Gemeinsam mit der Stadt Marburg betreibt der Zweckverband Mittelhessen ein Rechenzentrum.',
      from: 'Zweckverband Mittelhessen',
      to: 'Marburg',
    },
  },
  {
    id: 'bei-institution',
    type: 'PART_OF',
    predicate: /./,
    pos: ['PROPN', 'NOUN'],
    from: 'self',
    to: 'prep:bei',
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: ['AGENCY', 'ORGANISATION', 'MINISTRY'],
    confidence: 0.7,
    example: {
      sentence:
        'Das Kompetenzzentrum Open Source bei der Kommunalen Datenverarbeitung Nordhessen berät die Städte.',
      from: 'Kompetenzzentrum Open Source',
      to: 'Kommunalen Datenverarbeitung Nordhessen',
    },
  },
  {
    // „das Amtsgericht in Limburg“, „Wetzlar im Lahn-Dill-Kreis“: a name with a place phrase.
    id: 'ort-in',
    type: 'LOCATED_IN',
    predicate: /./,
    pos: ['PROPN', 'NOUN'],
    from: 'self',
    to: 'prep:in|im',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: ['PLACE'],
    confidence: 0.7,
    example: {
      sentence: 'Die Gemeinde Lahntal im Landkreis Marburg-Biedenkopf hat einen neuen Bürgerservice.',
      from: 'Lahntal',
      to: 'Marburg-Biedenkopf',
    },
  },
  {
    id: 'basieren',
    type: 'BASED_ON',
    predicate: /^(?:basier|beruh|fuss|grundlage)/,
    pos: ['VERB', 'NOUN'],
    from: 'subject',
    to: 'prep:auf',
    fromTypes: [...THINGS, 'ORGANISATION', 'AGENCY'],
    toTypes: ['LAW', 'PROGRAMME'],
    confidence: 0.75,
    example: {
      sentence: 'Das Meldeportal „Sicher melden“ basiert auf dem Hinweisgeberschutzgesetz.',
      from: 'Sicher melden',
      to: 'Hinweisgeberschutzgesetz',
    },
  },
  {
    id: 'fuehren',
    type: 'HEADS',
    predicate: /^(?:fuehrt|fuehren|gefuehrt|fuehrte)/,
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PERSON'],
    toTypes: ['MINISTRY', 'GOVERNMENT'],
    confidence: 0.8,
    example: {
      sentence: 'Das Umweltministerium führt seit 2022 Ministerin Lena Vogt.',
      from: 'Lena Vogt',
      to: 'Umweltministerium',
    },
  },
  {
    // A person who leads an authority or company holds an office there (ministries: `fuehren`).
    id: 'fuehren-behoerde',
    type: 'HOLDS_OFFICE',
    role: 'Leiter',
    predicate: /^(?:fuehrt|fuehren|gefuehrt|fuehrte)/,
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ['PERSON'],
    toTypes: ['AGENCY', 'ORGANISATION', 'PLACE'],
    confidence: 0.75,
    example: {
      sentence: 'Seit dem Frühjahr führt Miriam Adler das Landesamt für Statistik.',
      from: 'Miriam Adler',
      to: 'Landesamt für Statistik',
    },
  },
  {
    // „hat X zur Präsidentin der Anstalt ernannt“: the office is the „zu“ phrase, its body that phrase's genitive.
    id: 'ernennen',
    type: 'HOLDS_OFFICE',
    predicate:
      /^(?:ernannt|ernennt|ernannte|ernannten|ernennen|berufen|berief|beruft|bestellt|bestellte|gewaehlt|waehlte)$/,
    pos: VERB,
    from: 'object',
    to: 'prep:zu|zum|zur',
    fromTypes: ['PERSON'],
    toTypes: [...INSTITUTIONS],
    confidence: 0.75,
    example: {
      sentence: 'Zur Präsidentin der Landesanstalt für Medien wählte der Landtag 2020 Petra Lind.',
      from: 'Petra Lind',
      to: 'Landesanstalt für Medien',
    },
  },
  {
    id: 'vorsitz',
    type: 'CHAIRS',
    predicate: /^(?:vorsitz|vorsitzend|aufsichtsratsvorsitz|leitung)/,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|in|im',
    fromTypes: ['PERSON', ...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS],
    confidence: 0.8,
    example: {
      sentence: 'Den Vorsitz im Digitalrat Nordhessen hat Bürgermeisterin Eva Hahn übernommen.',
      from: 'Eva Hahn',
      to: 'Digitalrat Nordhessen',
    },
  },
];

/** Nouns of a task or office that stand for whose it is: „die Aufgaben des Aufbaustabs“ (slot `task`). */
export const TASK_NOUNS =
  /^(?:aufgabe|aufgaben|arbeit|amt|funktion|zustaendigkeit|zustaendigkeiten|geschaefte)$/;

/** Modal and future auxiliaries: the clause states a plan, not a fact („soll … betreiben“). */
export const PLAN_AUXILIARIES =
  /^(?:soll|sollen|sollte|sollten|will|wollen|moechte|moechten|plant|planen|beabsichtigt|wird|werden)$/;

/** Negation: „betreibt nicht“, „keine“. */
export const NEGATIONS = /^(?:nicht|nie|niemals|kein|keine|keinen|keiner|keinem)$/;

/** Auxiliaries of the active perfect: „hat … entwickelt“ is no passive, whatever the tagger labels. */
export const PERFECT_AUXILIARIES = /^(?:hat|haben|habe|hatte|hatten|haette|haetten)$/;

/**
 * Determiners of a noun phrase without preposition whose case the form leaves open between
 * subject and another argument: feminine, neuter and plural read the same as nominative and
 * accusative („Die App hat die Datenzentrale entwickelt“), „der“ as nominative or dative. Only the
 * types then tell who acted. A name without a determiner is just as open; „den“/„dem“ are not.
 */
export const CASE_OPEN_DETERMINERS = /^(?:die|das|der|eine|ein|diese|dieses|dieser|jene|jenes|jener)$/;

/** Pronouns whose case the form leaves open (relative „die“/„das“/„der“, „sie“, „es“). */
export const CASE_OPEN_PRONOUNS = /^(?:die|das|der|sie|es)$/;

/** Prepositions of the passive agent. */
export const AGENT_PREPOSITIONS = /^(?:von|vom|durch)$/;
