/**
 * Frames: working together stated by a noun: a cooperation, an agreement or a partnership „mit“ a
 * body, a partner, a network, and help named by its noun („mit Unterstützung der HZD“).
 */
import { type Frame, PARTNERS as PARTIES } from './types.ts';

export const COOPERATION_NOUN_FRAMES: readonly Frame[] = [
  {
    // „ist eine Kooperation mit der Hochschule eingegangen“, „hat einen Vertrag mit der Firma unterzeichnet“.
    id: 'kooperation-mit',
    type: 'COOPERATES_WITH',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:mit',
    fromTypes: PARTIES,
    toTypes: PARTIES,
    confidence: 0.7,
    predicates: {
      Kooperation: {
        sentence: 'Die Stadt Rüsselsheim ist eine Kooperation mit der Hochschule RheinMain eingegangen.',
        from: 'Rüsselsheim',
        to: 'Hochschule RheinMain',
      },
      Zusammenarbeit: {
        sentence:
          'Seit 2020 pflegt der Hochtaunuskreis eine enge Zusammenarbeit mit dem Zweckverband Digitale Infrastruktur Taunus.',
        from: 'Hochtaunuskreis',
        to: 'Zweckverband Digitale Infrastruktur Taunus',
      },
      Partnerschaft: {
        sentence: 'Die Landesagentur für Digitales ist eine Partnerschaft mit der Stadt Kassel eingegangen.',
        from: 'Landesagentur für Digitales',
        to: 'Kassel',
      },
      Vereinbarung: {
        sentence:
          'Über eine Vereinbarung mit dem Landesamt für Statistik nutzt die Stadt Hanau dessen Datenportal.',
        from: 'Hanau',
        to: 'Landesamt für Statistik',
      },
      Vertrag: {
        sentence:
          'Die Stadt Eschborn hat einen Vertrag mit der Firma Cloudwerk GmbH über den Betrieb ihrer Server unterzeichnet.',
        from: 'Eschborn',
        to: 'Cloudwerk GmbH',
      },
      Abkommen: {
        sentence:
          'Im Jahr 2023 traf das Land Hessen ein Abkommen mit dem Land Thüringen über den Digitalfunk.',
        from: 'Land Hessen',
        to: 'Thüringen',
      },
      Absichtserklärung: {
        sentence:
          'Das Digitalministerium hat eine Absichtserklärung mit dem Verein Freifunk Hessen unterzeichnet.',
        from: 'Digitalisierung',
        to: 'Freifunk Hessen',
      },
    },
  },
  {
    // „Partner der Stadt beim Projekt ist die Firma“, „ist Kooperationspartnerin des Kreises“.
    id: 'partner',
    type: 'COOPERATES_WITH',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: PARTIES,
    toTypes: PARTIES,
    confidence: 0.7,
    predicates: {
      Partner: {
        sentence:
          'Partner der Stadt Offenbach beim Projekt „Smarte Straßenbeleuchtung“ ist die Energieversorgung Offenbach AG.',
        from: 'Energieversorgung Offenbach AG',
        to: 'Offenbach',
      },
      Partnerin: {
        sentence:
          'Die Hochschule Geisenheim ist seit Jahren Kooperationspartnerin des Rheingau-Taunus-Kreises.',
        from: 'Hochschule Geisenheim',
        to: 'Rheingau-Taunus-Kreis',
      },
    },
  },
  {
    // „im Verbund mit der Universität“.
    id: 'im-verbund',
    type: 'COOPERATES_WITH',
    preposition: 'in',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:mit',
    fromTypes: PARTIES,
    toTypes: PARTIES,
    confidence: 0.7,
    predicates: {
      Verbund: {
        sentence:
          'Im Verbund mit der Technischen Universität Darmstadt forscht das Fraunhofer-Institut für Sichere Informationstechnologie an Quantenverschlüsselung.',
        from: 'Fraunhofer-Institut für Sichere Informationstechnologie',
        to: 'Technische Universität Darmstadt',
      },
    },
  },
  {
    // „Mit Unterstützung der HZD hat die Stadt ihr Netz erneuert“: help named by its noun is
    // working together, as „unterstützen“ is (cooperation.ts).
    id: 'mit-unterstuetzung',
    type: 'COOPERATES_WITH',
    compounds: true,
    preposition: 'mit',
    pos: ['NOUN'],
    from: 'prep:gen|von|durch',
    to: 'anchor',
    fromTypes: PARTIES,
    toTypes: PARTIES,
    confidence: 0.7,
    predicates: {
      Unterstützung: {
        sentence:
          'Mit Unterstützung der Hochschule Fulda hat die Stadt Lauterbach ihr Bürgerportal erneuert.',
        from: 'Hochschule Fulda',
        to: 'Lauterbach',
      },
      Hilfe: {
        sentence: 'Mit Hilfe des Landkreises Gießen hat die Gemeinde Biebertal ihre Schulen vernetzt.',
        from: 'Landkreis Gießen',
        to: 'Biebertal',
      },
    },
  },
];
