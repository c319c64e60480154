/** Frames: What rests on which law or programme: based on, framework, legal basis, implementation. */
import { type Frame, THINGS, VERB } from './types.ts';

/** What can rest on a law or programme. */
const BASED: Frame['fromTypes'] = [...THINGS, 'ORGANISATION', 'AGENCY'];
/** What something rests on. */
const BASES: Frame['toTypes'] = ['LAW', 'PROGRAMME'];

export const BASIS_FRAMES: readonly Frame[] = [
  {
    // „basiert auf dem Gesetz“; as a participle attribute the noun it describes rests on it
    // („die auf dem Gesetz beruhende Verordnung“).
    id: 'basieren',
    type: 'BASED_ON',
    pos: VERB,
    from: ['subject', 'object'],
    to: 'prep:auf',
    fromTypes: BASED,
    toTypes: BASES,
    confidence: 0.75,
    predicates: {
      basieren: {
        sentence: 'Das Meldeportal „Sicher melden“ basiert auf dem Hinweisgeberschutzgesetz.',
        from: 'Sicher melden',
        to: 'Hinweisgeberschutzgesetz',
      },
      beruhen: {
        sentence: 'Das Portal „Schöffenwahl online“ beruht auf dem Gerichtsverfassungsgesetz.',
        from: 'Schöffenwahl online',
        to: 'Gerichtsverfassungsgesetz',
      },
      fußen: {
        sentence: 'Das Programm „Gemeindeschwester 2.0“ fußt auf dem Hessischen Pflegegesetz.',
        from: 'Gemeindeschwester 2.0',
        to: 'Pflegegesetz',
      },
      stützen: {
        sentence: 'Die App „Bauantrag mobil“ stützt sich auf das Hessische Verwaltungsverfahrensgesetz.',
        from: 'Bauantrag mobil',
        to: 'Verwaltungsverfahrensgesetz',
      },
      'auf|bauen': {
        sentence: 'Das Förderprogramm „Dorfmitte 2.0“ baut auf der Initiative „Land mit Zukunft“ auf.',
        from: 'Dorfmitte 2.0',
        to: 'Land mit Zukunft',
      },
    },
  },
  {
    // „Grundlage der Plattform ist das Gesetz“, „das Gesetz bildet die Basis für das Portal“.
    id: 'grundlage',
    type: 'BASED_ON',
    compounds: true,
    pos: ['NOUN'],
    from: ['prep:gen', 'prep:fuer'],
    to: 'anchor',
    fromTypes: BASED,
    toTypes: BASES,
    confidence: 0.75,
    predicates: {
      Grundlage: {
        sentence:
          'Rechtliche Grundlage der Plattform „Vergabemarktplatz Hessen“ ist das Hessische Vergabegesetz.',
        from: 'Vergabemarktplatz Hessen',
        to: 'Vergabegesetz',
      },
      Basis: {
        sentence: 'Die Basis für den Onlinedienst „Wasserrecht online“ bildet das Hessische Wassergesetz.',
        from: 'Wasserrecht online',
        to: 'Wassergesetz',
      },
    },
  },
  {
    // „auf Grundlage des Gesetzes errichtet“, „auf Basis des OZG entwickelt“.
    id: 'auf-grundlage',
    type: 'BASED_ON',
    compounds: true,
    preposition: 'auf',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: THINGS,
    toTypes: BASES,
    confidence: 0.75,
    predicates: {
      Grundlage: {
        sentence:
          'Auf Grundlage des im Herbst 2022 vom Landtag verabschiedeten Hessischen Digitalgesetzes hat die Landesregierung die Plattform „Datenraum Hessen“ eingerichtet.',
        from: 'Datenraum Hessen',
        to: 'Digitalgesetz',
      },
      Basis: {
        sentence:
          'Das auf der Basis des Onlinezugangsgesetzes entwickelte Portal „Elterngeld digital“ ging 2022 an den Start.',
        from: 'Elterngeld digital',
        to: 'Onlinezugangsgesetz',
      },
    },
  },
  {
    // „eine OZG-Leistung nach dem EfA-Prinzip“, „Leistungen nach dem Onlinezugangsgesetz“: what a
    // thing is made after, written beside its name.
    id: 'nach-prinzip',
    type: 'BASED_ON',
    pos: ['PROPN', 'NOUN'],
    from: 'self',
    to: 'prep:nach',
    fromTypes: THINGS,
    toTypes: BASES,
    confidence: 0.7,
    predicates: {
      '*': {
        sentence: 'Die Stadt Marburg bietet das Portal Wohngeld-Online nach dem EfA-Prinzip an.',
        from: 'Wohngeld-Online',
        to: 'EfA-Prinzip',
      },
    },
  },
  {
    // „im Rahmen des Programms eingeführt“.
    id: 'im-rahmen',
    type: 'BASED_ON',
    preposition: 'in',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: THINGS,
    toTypes: BASES,
    confidence: 0.7,
    predicates: {
      Rahmen: {
        sentence:
          'Die App „Kreis im Blick“ hat der Landkreis Limburg-Weilburg im Rahmen der vor drei Jahren vom Innenministerium gestarteten Initiative „Digitale Kommune“ eingeführt.',
        from: 'Kreis im Blick',
        to: 'Digitale Kommune',
      },
    },
  },
  {
    // „Das Gesetz regelt den Betrieb des Portals“, „ist im Gesetz geregelt“. A law is left out
    // as what is regulated: „die Verordnung regelt Einzelheiten des Gesetzes“ rests the other way.
    id: 'regeln',
    type: 'BASED_ON',
    pos: VERB,
    from: 'object',
    to: ['subject', 'prep:in'],
    fromTypes: ['PLATFORM', 'SERVICE', 'PROGRAMME', 'AGENCY'],
    toTypes: ['LAW'],
    confidence: 0.7,
    predicates: {
      regeln: {
        sentence: 'Den Betrieb des Portals „Schulwahl online“ regelt das Hessische Schulgesetz.',
        from: 'Schulwahl online',
        to: 'Schulgesetz',
      },
    },
  },
  {
    // „Das Portal setzt das OZG um“, „die Verordnung konkretisiert das Gesetz“.
    id: 'umsetzen-gesetz',
    type: 'BASED_ON',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: THINGS,
    toTypes: ['LAW'],
    confidence: 0.75,
    predicates: {
      'um|setzen': {
        sentence: 'Das Portal „Wohngeld Hessen“ setzt das Onlinezugangsgesetz für den Wohngeldantrag um.',
        from: 'Wohngeld Hessen',
        to: 'Onlinezugangsgesetz',
      },
      konkretisieren: {
        sentence: 'Die Hessische E-Government-Verordnung konkretisiert das Hessische E-Government-Gesetz.',
        from: 'E-Government-Verordnung',
        to: 'E-Government-Gesetz',
      },
    },
  },
  {
    // „Der Dienst dient der Umsetzung des Onlinezugangsgesetzes“.
    id: 'umsetzung',
    type: 'BASED_ON',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: THINGS,
    toTypes: ['LAW'],
    confidence: 0.7,
    predicates: {
      Umsetzung: {
        sentence:
          'Der Onlinedienst „Meldebescheinigung digital“ dient der Umsetzung des Onlinezugangsgesetzes.',
        from: 'Meldebescheinigung digital',
        to: 'Onlinezugangsgesetz',
      },
    },
  },
];
