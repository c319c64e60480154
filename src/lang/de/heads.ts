/**
 * Head nouns and the entity type they give a name ("Landesamt" → AGENCY). German compounds carry
 * their type in the last part, so these are matched as suffixes of the folded head word
 * (umlauts spelled out: "behoerde"). Also the grammatical gender, which the nominative of
 * an inflected name needs ("der Hessischen Zentrale" → "Hessische Zentrale").
 */
import type { EntityType } from '../../graph/model.ts';

export const TYPE_HEADS: Readonly<Record<string, EntityType>> = {
  ministerium: 'MINISTRY',
  staatskanzlei: 'MINISTRY',
  senatsverwaltung: 'MINISTRY',
  gesetz: 'LAW',
  verordnung: 'LAW',
  staatsvertrag: 'LAW',
  richtlinie: 'LAW',
  amt: 'AGENCY',
  behoerde: 'AGENCY',
  zentrale: 'AGENCY',
  polizei: 'AGENCY',
  praesidium: 'AGENCY',
  stelle: 'AGENCY',
  direktion: 'AGENCY',
  anstalt: 'AGENCY',
  agentur: 'AGENCY',
  staatsanwaltschaft: 'AGENCY',
  landesbetrieb: 'AGENCY',
  gericht: 'AGENCY',
  kommissariat: 'AGENCY',
  buero: 'AGENCY',
  landratsamt: 'AGENCY',
  // Units inside an administration, named like bodies: „Fachdienst Digitale Dienste“, „Referat Z 3“,
  // „Abteilung Statistik“, „Dezernat für Bürgerangelegenheiten“.
  fachdienst: 'AGENCY',
  referat: 'AGENCY',
  abteilung: 'AGENCY',
  dezernat: 'AGENCY',
  sachgebiet: 'AGENCY',
  // „Hessischer Beauftragter für Datenschutz“: an office that is an authority of its own.
  beauftragt: 'AGENCY',
  programm: 'PROGRAMME',
  foerderprogramm: 'PROGRAMME',
  initiative: 'PROGRAMME',
  strategie: 'PROGRAMME',
  offensive: 'PROGRAMME',
  wettbewerb: 'PROGRAMME',
  fonds: 'PROGRAMME',
  agenda: 'PROGRAMME',
  pakt: 'PROGRAMME',
  projekt: 'PROGRAMME',
  kampagne: 'PROGRAMME',
  aktionsplan: 'PROGRAMME',
  masterplan: 'PROGRAMME',
  gipfel: 'PROGRAMME',
  kongress: 'PROGRAMME',
  camp: 'PROGRAMME',
  konferenz: 'PROGRAMME',
  // Events are programmes too: „Fachtag“, „Tagung“, „Symposium“, „Hackathon“.
  fachtag: 'PROGRAMME',
  tagung: 'PROGRAMME',
  symposium: 'PROGRAMME',
  workshop: 'PROGRAMME',
  hackathon: 'PROGRAMME',
  plattform: 'PLATFORM',
  portal: 'PLATFORM',
  app: 'PLATFORM',
  applikation: 'PLATFORM',
  cloud: 'PLATFORM',
  netz: 'PLATFORM',
  datenbank: 'PLATFORM',
  campus: 'PLATFORM',
  software: 'PLATFORM',
  register: 'PLATFORM',
  infrastruktur: 'PLATFORM',
  verband: 'ORGANISATION',
  verbund: 'ORGANISATION',
  ausschuss: 'ORGANISATION',
  // The organs of a Hessian municipality and district (HGO, HKO): bodies of government, not places.
  kreisausschuss: 'GOVERNMENT',
  kreistag: 'GOVERNMENT',
  // Associations of districts and towns are no organs: „Hessischer Landkreistag“, „Deutscher Städtetag“.
  landkreistag: 'ORGANISATION',
  staedtetag: 'ORGANISATION',
  gemeindetag: 'ORGANISATION',
  magistrat: 'GOVERNMENT',
  stadtverordnetenversammlung: 'GOVERNMENT',
  stadtparlament: 'GOVERNMENT',
  gemeindevertretung: 'GOVERNMENT',
  gemeindevorstand: 'GOVERNMENT',
  beirat: 'ORGANISATION',
  kommission: 'ORGANISATION',
  forum: 'ORGANISATION',
  konsortium: 'ORGANISATION',
  aufbaustab: 'ORGANISATION',
  arbeitsgruppe: 'ORGANISATION',
  projektgruppe: 'ORGANISATION',
  // A circle of people is a body, not a district: „Arbeitskreis“, „Lenkungskreis“ (not „Landkreis“).
  arbeitskreis: 'ORGANISATION',
  lenkungskreis: 'ORGANISATION',
  steuerungskreis: 'ORGANISATION',
  gespraechskreis: 'ORGANISATION',
  expertenkreis: 'ORGANISATION',
  beraterkreis: 'ORGANISATION',
  koordinierungskreis: 'ORGANISATION',
  rat: 'ORGANISATION',
  zentrum: 'ORGANISATION',
  institut: 'ORGANISATION',
  verein: 'ORGANISATION',
  hub: 'ORGANISATION',
  allianz: 'ORGANISATION',
  alliance: 'ORGANISATION',
  center: 'ORGANISATION',
  centre: 'ORGANISATION',
  lab: 'ORGANISATION',
  labor: 'ORGANISATION',
  akademie: 'ORGANISATION',
  academy: 'ORGANISATION',
  hochschule: 'ORGANISATION',
  universitaet: 'ORGANISATION',
  gmbh: 'ORGANISATION',
  stiftung: 'ORGANISATION',
  gremium: 'ORGANISATION',
  kooperation: 'ORGANISATION',
  netzwerk: 'ORGANISATION',
  kammer: 'ORGANISATION',
  genossenschaft: 'ORGANISATION',
  gesellschaft: 'ORGANISATION',
  arbeitsgemeinschaft: 'ORGANISATION',
  unternehmen: 'ORGANISATION',
  werke: 'ORGANISATION',
  landtag: 'GOVERNMENT',
  bundestag: 'GOVERNMENT',
  landesregierung: 'GOVERNMENT',
  bundesregierung: 'GOVERNMENT',
  kabinett: 'GOVERNMENT',
  koalition: 'GOVERNMENT',
  kreis: 'PLACE',
  landkreis: 'PLACE',
  gemeinde: 'PLACE',
  stadt: 'PLACE',
  region: 'PLACE',
  gebiet: 'PLACE',
  leistung: 'SERVICE',
  onlinedienst: 'SERVICE',
  onlineleistung: 'SERVICE',
  partei: 'PARTY',
};

/**
 * Heads of bodies that are organisations of their own („Zentrum“, „Institut“) but an authority when
 * the Land keeps them, as a „Landes-“ compound says („Landesrechenzentrum“, „Landesinstitut“). Not
 * associations („Landesverband“, „Landessportbund“): their heads are not listed.
 */
export const LAND_AUTHORITY_HEADS: ReadonlySet<string> = new Set([
  'zentrum',
  'center',
  'institut',
  'labor',
  'lab',
]);

/**
 * Names of parties by their shape, beside the head noun „Partei“ („Piratenpartei“, „Partei der
 * Humanisten“): voters' associations („Freie Wähler“, „Wählergemeinschaft …“, „Bürgerliste …“) and
 * the party of the left. Matched on the folded name.
 */
export const PARTY_SHAPES: readonly RegExp[] = [
  /\bwaehler(?:gemeinschaft|gruppe|vereinigung|liste|initiative)?\b/,
  /^(?:freie|unabhaengige) (?:buerger|waehler)/,
  /\bbuergerliste\b/,
  /^die linke$/,
];

/**
 * Legal forms written after a name: "govdigital eG", "Zeitsprung gGmbH", "Beispiel e. V.". A space
 * inside a form may be left out in the text („e.V.“), a form may be written after a comma.
 */
export const LEGAL_FORMS = [
  'GmbH & Co. KG',
  'AG & Co. KG',
  'UG (haftungsbeschränkt)',
  'GmbH',
  'gGmbH',
  'mbH',
  'AG',
  'gAG',
  'eG',
  'e. V.',
  'e. K.',
  'AöR',
  'KdöR',
  'KöR',
  'KGaA',
  'SE',
  'KG',
  'OHG',
  'GbR',
  'UG',
  'gUG',
  'PartG',
];

/**
 * The organs of a municipality or district and the kind of place whose organ they are: „der
 * Magistrat“ in a city's text is that city's. Folded.
 */
export const MUNICIPAL_ORGANS: Readonly<Record<string, 'town' | 'municipality' | 'district'>> = {
  magistrat: 'town',
  stadtverordnetenversammlung: 'town',
  stadtparlament: 'town',
  gemeindevertretung: 'municipality',
  gemeindevorstand: 'municipality',
  kreistag: 'district',
  kreisausschuss: 'district',
};

/**
 * Words that open a town's name as a word of their own: „Bad Arolsen“, „Hessisch Lichtenau“,
 * „Schwäbisch Hall“, „Sankt Goarshausen“, „Groß Umstadt“ (as some write it).
 */
export const PLACE_NAME_PREFIXES: readonly string[] = [
  'Bad',
  'Hessisch',
  'Schwäbisch',
  'Sankt',
  'St.',
  'Groß',
  'Klein',
  'Neu',
  'Alt',
  'Markt',
];

/**
 * Nouns of places that are parts of a town or places of no body of their own, folded: „die
 * Stadtteile Diemerode und Weißenborn“, „im Ortsteil Wiesenfeld“, „die Dörfer …“, „die Kommunen …“.
 */
export const PLACE_NOUNS: readonly string[] = [
  'stadtteil',
  'ortsteil',
  'ortschaft',
  'ortsbezirk',
  'dorf',
  'kommune',
  'nachbarkommune',
];

/**
 * How a town is styled in its organs' names: „Stadt“, or the designation the Land granted it
 * (HGO § 13: „Wissenschaftsstadt Darmstadt“, „Universitätsstadt Gießen“, „documenta-Stadt Kassel“).
 */
export const TOWN_DESIGNATIONS = [
  'Stadt',
  'Landeshauptstadt',
  'Kreisstadt',
  'Universitätsstadt',
  'Wissenschaftsstadt',
  'Hochschulstadt',
  'Hansestadt',
  'Kurstadt',
  'Residenzstadt',
  'Barbarossastadt',
  'Brüder-Grimm-Stadt',
  'documenta-Stadt',
];

/** Nouns of a place's kind that a municipal organ's genitive names: „des Landkreises Gießen“, „der Wissenschaftsstadt Darmstadt“. */
export const PLACE_KIND_GENITIVE = /(?:stadt|gemeinde|kreises)$/;

/**
 * Nouns that stand before a proper name as an apposition and say what kind of thing it names without
 * being part of the name: „die Genossenschaft Muster“, „der Digitalverband Bitkom“, „des
 * IT-Dienstleisters ekom21“, „die Software formix“. Folded; a compound ending in one counts
 * („Energieversorger“). Not the heads that make a name with what follows („Universität Kassel“,
 * „Landkreis Fulda“, „Servicestelle Open Data“): without them the rest names a place or nothing.
 */
export const CLASSIFIER_HEADS: Readonly<Record<string, EntityType>> = {
  genossenschaft: 'ORGANISATION',
  verein: 'ORGANISATION',
  verband: 'ORGANISATION',
  unternehmen: 'ORGANISATION',
  firma: 'ORGANISATION',
  konzern: 'ORGANISATION',
  tochtergesellschaft: 'ORGANISATION',
  dienstleister: 'ORGANISATION',
  anbieter: 'ORGANISATION',
  hersteller: 'ORGANISATION',
  versorger: 'ORGANISATION',
  startup: 'ORGANISATION',
  partei: 'PARTY',
  software: 'PLATFORM',
  app: 'PLATFORM',
  plattform: 'PLATFORM',
  anwendung: 'PLATFORM',
  fachverfahren: 'PLATFORM',
  // „der Chatbot LEO“, „das Auskunftssystem ELBA“: the noun says what kind of platform the name is.
  chatbot: 'PLATFORM',
  system: 'PLATFORM',
};

/** Abbreviated heads at the start of a name: „TU Darmstadt“, „FH Frankfurt“. */
export const NAME_HEAD_ABBREVIATIONS: Readonly<Record<string, EntityType>> = {
  TU: 'ORGANISATION',
  FH: 'ORGANISATION',
  HS: 'ORGANISATION',
  Uni: 'ORGANISATION',
  THM: 'ORGANISATION',
};

/**
 * The words an abbreviated head stands for: „TU Darmstadt“ is „Technische Universität Darmstadt“,
 * one body under two names.
 */
export const HEAD_EXPANSIONS: Readonly<Record<string, string>> = {
  TU: 'Technische Universität',
  FH: 'Fachhochschule',
  HS: 'Hochschule',
  Uni: 'Universität',
};

/** Plural and case endings a head noun may carry in running text. */
export const NOUN_ENDINGS = ['', 'en', 'n', 'e', 's', 'es', 'ien', 'er'];

/** Adjective endings inside names ("der Hessischen Zentrale"). */
export const ADJECTIVE_ENDINGS = ['e', 'er', 'es', 'en', 'em'];
