/** Frames: Who works with whom: cooperation, agreements, partnerships, joint work. */
import { type Frame, PARTNERS as PARTIES, THINGS, VERB } from './types.ts';

export const COOPERATION_FRAMES: readonly Frame[] = [
  {
    id: 'kooperieren',
    type: 'COOPERATES_WITH',
    pos: VERB,
    from: 'subject',
    to: 'prep:mit',
    fromTypes: PARTIES,
    toTypes: PARTIES,
    confidence: 0.75,
    predicates: {
      kooperieren: {
        sentence:
          'Die Universität Kassel kooperiert seit Jahren mit dem Fraunhofer-Institut für Energiesysteme.',
        from: 'Universität Kassel',
        to: 'Fraunhofer-Institut für Energiesysteme',
      },
      schließen: {
        sentence:
          'Mit dem Land Hessen hat die Stadt Frankfurt am Main eine Digitalpartnerschaft geschlossen.',
        from: 'Frankfurt am Main',
        to: 'Land Hessen',
      },
      'ab|schließen': {
        sentence:
          'Die Hochschule Darmstadt schloss 2021 mit dem Landesamt für Statistik einen Kooperationsvertrag ab.',
        from: 'Hochschule Darmstadt',
        to: 'Landesamt für Statistik',
      },
      vereinbaren: {
        sentence:
          'Mit der Philipps-Universität Marburg hat der Landkreis Marburg-Biedenkopf einen gemeinsamen Datenpool vereinbart.',
        from: 'Marburg-Biedenkopf',
        to: 'Philipps-Universität Marburg',
      },
      unterzeichnen: {
        sentence:
          'Am Montag unterzeichnete das Digitalministerium mit dem Verein Smart City Hessen eine Absichtserklärung.',
        from: 'Digitalisierung',
        to: 'Smart City Hessen',
      },
      'zusammen|schließen': {
        sentence:
          'Die Gemeinde Biebertal hat sich mit der Gemeinde Wettenberg zu einem gemeinsamen Ordnungsbehördenbezirk zusammengeschlossen.',
        from: 'Biebertal',
        to: 'Wettenberg',
      },
    },
  },
  {
    id: 'zusammenarbeiten',
    type: 'COOPERATES_WITH',
    pos: VERB,
    from: 'subject',
    to: 'prep:mit',
    fromTypes: PARTIES,
    toTypes: PARTIES,
    confidence: 0.75,
    predicates: {
      'zusammen|arbeiten': {
        sentence:
          'Beim Glasfaserausbau arbeitet der Landkreis Fulda eng mit der Breitband Nordhessen GmbH zusammen.',
        from: 'Landkreis Fulda',
        to: 'Breitband Nordhessen GmbH',
      },
    },
  },
  {
    id: 'zwischen',
    type: 'COOPERATES_WITH',
    compounds: true,
    pos: ['VERB', 'ADJ', 'NOUN'],
    from: 'between',
    to: 'between',
    fromTypes: PARTIES,
    toTypes: PARTIES,
    confidence: 0.75,
    predicates: {
      schließen: {
        sentence:
          'Die Vereinbarung wurde zwischen der Stadt Gießen und der Technischen Hochschule Mittelhessen geschlossen.',
        from: 'Gießen',
        to: 'Technische Hochschule Mittelhessen',
      },
      'ab|schließen': {
        sentence:
          'Zwischen dem Land Hessen und der Stadt Darmstadt wurde 2019 ein Digitalisierungsvertrag abgeschlossen.',
        from: 'Land Hessen',
        to: 'Darmstadt',
      },
      vereinbaren: {
        sentence:
          'Zwischen der Stadt Hanau und dem Main-Kinzig-Kreis ist ein gemeinsamer IT-Betrieb vereinbart.',
        from: 'Hanau',
        to: 'Main-Kinzig-Kreis',
      },
      unterzeichnen: {
        sentence:
          'Zwischen der Universität Kassel und der Stadt Baunatal wurde im März eine Absichtserklärung unterzeichnet.',
        from: 'Universität Kassel',
        to: 'Baunatal',
      },
      Kooperation: {
        sentence:
          'Die Kooperation zwischen der Stadt Friedberg und dem Landesamt für Statistik besteht seit 2015.',
        from: 'Friedberg',
        to: 'Landesamt für Statistik',
      },
      Zusammenarbeit: {
        sentence:
          'Die Zusammenarbeit zwischen der Stadt Bad Hersfeld und der Hochschule Fulda hat sich bewährt.',
        from: 'Bad Hersfeld',
        to: 'Hochschule Fulda',
      },
      Vertrag: {
        sentence:
          'Der Vertrag zwischen dem Main-Taunus-Kreis und der Firma Glasfaser Plus GmbH läuft bis 2030.',
        from: 'Main-Taunus-Kreis',
        to: 'Glasfaser Plus GmbH',
      },
      Vereinbarung: {
        sentence:
          'Eine Vereinbarung zwischen dem Innenministerium und dem Verein Digitale Dörfer Hessen regelt den Datenaustausch.',
        from: 'Innern',
        to: 'Digitale Dörfer Hessen',
      },
      Pakt: {
        sentence: 'Der Pakt zwischen dem Land Hessen und der Landesärztekammer Hessen wurde 2022 verlängert.',
        from: 'Land Hessen',
        to: 'Landesärztekammer Hessen',
      },
      Abkommen: {
        sentence: 'Das Abkommen zwischen der Stadt Wiesbaden und der Stadt Mainz gilt seit dem Jahr 2018.',
        from: 'Wiesbaden',
        to: 'Mainz',
      },
      Partnerschaft: {
        sentence:
          'Die Partnerschaft zwischen dem Wetteraukreis und der Technischen Hochschule Mittelhessen wurde 2020 begründet.',
        from: 'Wetteraukreis',
        to: 'Technische Hochschule Mittelhessen',
      },
      Absichtserklärung: {
        sentence:
          'Eine Absichtserklärung zwischen dem Digitalministerium und dem Verein Open Source Hessen liegt seit Mai vor.',
        from: 'Digitalisierung',
        to: 'Open Source Hessen',
      },
    },
  },
  {
    id: 'gemeinsam-mit',
    type: 'COOPERATES_WITH',
    pos: ['ADV', 'ADJ'],
    from: 'anchor',
    to: 'prep:mit',
    fromTypes: PARTIES,
    toTypes: PARTIES,
    confidence: 0.7,
    predicates: {
      gemeinsam: {
        sentence: 'Gemeinsam mit der Stadt Marburg betreibt der Zweckverband Mittelhessen ein Rechenzentrum.',
        from: 'Zweckverband Mittelhessen',
        to: 'Marburg',
      },
      zusammen: {
        sentence:
          'Zusammen mit der Stadt Hofheim am Taunus betreibt die Gemeinde Kriftel eine gemeinsame Bauaufsicht.',
        from: 'Kriftel',
        to: 'Hofheim',
      },
    },
  },
  {
    // „unterstützt den Landkreis bei …“, „wird wissenschaftlich begleitet“, „berät das Projekt“:
    // help without money is working together (with money it funds: funding.ts).
    id: 'unterstuetzen',
    type: 'COOPERATES_WITH',
    pos: VERB,
    from: 'subject',
    to: 'object',
    money: false,
    fromTypes: PARTIES,
    toTypes: [...PARTIES, ...THINGS],
    confidence: 0.7,
    predicates: {
      unterstützen: {
        sentence:
          'Die Hochschule Fulda unterstützt den Landkreis Fulda bei der Auswertung der Verkehrsdaten.',
        from: 'Hochschule Fulda',
        to: 'Fulda',
      },
      begleiten: {
        sentence: 'Das Projekt „Dorf digital“ wird von der Universität Kassel wissenschaftlich begleitet.',
        from: 'Universität Kassel',
        to: 'Dorf digital',
      },
      beraten: {
        sentence: 'Seit 2022 berät das Kompetenzzentrum Kommunale Digitalisierung die Stadt Alsfeld.',
        from: 'Kompetenzzentrum Kommunale Digitalisierung',
        to: 'Alsfeld',
      },
    },
  },
  {
    // „Die Stadt Kassel und die Universität Kassel kooperieren“: coordinated subjects work with each other.
    id: 'kooperieren-miteinander',
    type: 'COOPERATES_WITH',
    pos: VERB,
    from: 'subject',
    to: 'co-subjects',
    fromTypes: PARTIES,
    toTypes: PARTIES,
    confidence: 0.7,
    predicates: {
      kooperieren: {
        sentence: 'Seit 2020 kooperieren der Landkreis Gießen und die Technische Hochschule Mittelhessen.',
        from: 'Gießen',
        to: 'Technische Hochschule Mittelhessen',
      },
      'zusammen|arbeiten': {
        sentence: 'Die Stadt Wetzlar und der Lahn-Dill-Kreis arbeiten bei der Bauaufsicht zusammen.',
        from: 'Wetzlar',
        to: 'Lahn-Dill-Kreis',
      },
    },
  },
];
