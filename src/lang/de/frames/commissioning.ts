/** Frames: Who works for whom by order: commissioned, contracts awarded, acting on behalf. */
import { type Frame, INSTITUTIONS, VERB } from './types.ts';

/** Who takes an order: a body or a place (a town commissioned by the Land). */
const CONTRACTORS: Frame['fromTypes'] = [...INSTITUTIONS, 'PLACE'];
/** Who gives it: a body, a place or a person. */
const CLIENTS: Frame['toTypes'] = [...INSTITUTIONS, 'PERSON', 'PLACE'];

export const COMMISSIONING_FRAMES: readonly Frame[] = [
  {
    id: 'im-auftrag',
    type: 'COMMISSIONED_BY',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: [...CONTRACTORS, 'PROGRAMME'],
    toTypes: CLIENTS,
    confidence: 0.8,
    predicates: {
      Auftrag: {
        sentence:
          'Im Auftrag des Sozialministeriums hat die Firma Datenwerk GmbH ein neues Antragsportal gebaut.',
        from: 'Datenwerk GmbH',
        to: 'Sozialministerium',
      },
    },
  },
  {
    id: 'beauftragen',
    type: 'COMMISSIONED_BY',
    pos: VERB,
    from: 'object',
    to: 'subject',
    fromTypes: CONTRACTORS,
    toTypes: CLIENTS,
    confidence: 0.8,
    predicates: {
      beauftragen: {
        sentence: 'Das Verkehrsministerium beauftragte die Landesstraßenbehörde mit der Planung.',
        from: 'Landesstraßenbehörde',
        to: 'Verkehrsministerium',
      },
      betrauen: {
        sentence:
          'Mit dem Aufbau des Landesdatenportals betraute das Digitalministerium die Agentur für Datenräume Hessen.',
        from: 'Agentur für Datenräume Hessen',
        to: 'Digitalisierung',
      },
    },
  },
  {
    // „die Beauftragung der Firma durch die Stadt“.
    id: 'beauftragung',
    type: 'COMMISSIONED_BY',
    pos: ['NOUN'],
    from: 'prep:gen',
    to: 'prep:durch',
    fromTypes: CONTRACTORS,
    toTypes: CLIENTS,
    confidence: 0.75,
    predicates: {
      Beauftragung: {
        sentence: 'Die Beauftragung der Firma Netzplan GmbH durch die Stadt Fulda erfolgte im Mai.',
        from: 'Netzplan GmbH',
        to: 'Fulda',
      },
    },
  },
  {
    // „vergab den Auftrag an die Firma“, „hat den Zuschlag an … erteilt“: whoever gives it is the client.
    id: 'auftrag-an',
    type: 'COMMISSIONED_BY',
    compounds: true,
    pos: ['NOUN'],
    from: 'prep:an',
    to: 'anchor',
    fromTypes: CONTRACTORS,
    toTypes: CLIENTS,
    confidence: 0.75,
    predicates: {
      Auftrag: {
        sentence:
          'Den Auftrag für das neue Ratsinformationssystem vergab die Stadt Hanau an die Firma Sitzungsdienst GmbH.',
        from: 'Sitzungsdienst GmbH',
        to: 'Hanau',
      },
      Zuschlag: {
        sentence:
          'Im Vergabeverfahren hat der Landkreis Offenbach den Zuschlag an die Firma Lernwelt GmbH erteilt.',
        from: 'Lernwelt GmbH',
        to: 'Offenbach',
      },
    },
  },
  {
    // „Auftraggeber des Projekts ist das Ministerium“.
    id: 'auftraggeber',
    type: 'COMMISSIONED_BY',
    pos: ['NOUN'],
    from: 'prep:gen',
    to: 'anchor',
    fromTypes: [...CONTRACTORS, 'PROGRAMME'],
    toTypes: CLIENTS,
    confidence: 0.75,
    predicates: {
      Auftraggeber: {
        sentence: 'Auftraggeber des Projekts „Digitale Gewerbeaufsicht“ ist das Sozialministerium.',
        from: 'Digitale Gewerbeaufsicht',
        to: 'Soziales',
      },
      Auftraggeberin: {
        sentence: 'Die Stadt Wiesbaden ist Auftraggeberin des Projekts „Parken in Wiesbaden“.',
        from: 'Parken in Wiesbaden',
        to: 'Wiesbaden',
      },
    },
  },
  {
    // „Die Gemeinde bezieht Fachverfahren von der ekom21“: who buys from a provider is its customer.
    id: 'beziehen-von',
    type: 'COMMISSIONED_BY',
    pos: VERB,
    from: 'prep:von|bei',
    to: 'subject',
    fromTypes: CONTRACTORS,
    toTypes: CLIENTS,
    confidence: 0.75,
    predicates: {
      beziehen: {
        sentence: 'Die Stadt Alsfeld bezieht ihre Finanzsoftware seit 2019 von der Datenwerk Fulda GmbH.',
        from: 'Datenwerk Fulda GmbH',
        to: 'Alsfeld',
      },
      'ein|kaufen': {
        sentence:
          'Der Vogelsbergkreis kauft seine Rechenzentrumsleistungen bei der Kommunalen Datenzentrale Nordhessen ein.',
        from: 'Kommunale Datenzentrale Nordhessen',
        to: 'Vogelsbergkreis',
      },
    },
  },
  {
    // „als Auftragnehmer des Ministeriums“.
    id: 'auftragnehmer',
    type: 'COMMISSIONED_BY',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: CONTRACTORS,
    toTypes: CLIENTS,
    confidence: 0.75,
    predicates: {
      Auftragnehmer: {
        sentence: 'Auftragnehmer des Innenministeriums für das Lagebildsystem ist die Firma Sicherwerk GmbH.',
        from: 'Sicherwerk GmbH',
        to: 'Innern',
      },
      Auftragnehmerin: {
        sentence: 'Die Digitalagentur Nordlicht GmbH ist seit 2021 Auftragnehmerin der Stadt Kassel.',
        from: 'Nordlicht GmbH',
        to: 'Kassel',
      },
      // A service provider works for its customers: „IT-Dienstleister der Stadt“.
      Dienstleister: {
        sentence: 'Die Datenwerk Fulda GmbH ist seit 2015 IT-Dienstleister der Stadt Fulda.',
        from: 'Datenwerk Fulda GmbH',
        to: 'Fulda',
      },
    },
  },
  {
    // „im Namen des Landes“.
    id: 'im-namen',
    type: 'COMMISSIONED_BY',
    preposition: 'in',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: CONTRACTORS,
    toTypes: CLIENTS,
    confidence: 0.75,
    predicates: {
      Name: {
        sentence:
          'Im Namen des Landes Hessen schließt die Hessische Zentrale für Datenverarbeitung die Rahmenverträge ab.',
        from: 'Hessische Zentrale für Datenverarbeitung',
        to: 'Land Hessen',
      },
    },
  },
];
