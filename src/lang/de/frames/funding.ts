/** Frames: Who pays for what: funding, financing, grants, investment, funders. */
import { type Frame, INSTITUTIONS, THINGS, VERB } from './types.ts';

/** Who funds: a body, a place (the Land, a town) or a programme („aus dem Programm X gefördert“). */
const FUNDERS: Frame['fromTypes'] = [...INSTITUTIONS, 'PROGRAMME', 'PLACE'];
/** What is funded: a programme, platform, service, a body or a place. */
const FUNDED: Frame['toTypes'] = [...THINGS, 'AGENCY', 'ORGANISATION', 'PLACE'];

export const FUNDING_FRAMES: readonly Frame[] = [
  {
    // „übernimmt die Betriebskosten der Plattform“, „trägt die Kosten für das Portal“: who bears the
    // costs of something funds it.
    id: 'kosten-tragen',
    type: 'FUNDS',
    compounds: true,
    pos: ['NOUN'],
    from: 'verb-subject',
    to: 'prep:gen|fuer',
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.75,
    predicates: {
      Kosten: {
        sentence: 'Seit 2021 übernimmt der Landkreis Fulda die Betriebskosten der Plattform „Fulda meldet“.',
        from: 'Landkreis Fulda',
        to: 'Fulda meldet',
      },
    },
  },
  {
    // What is funded is the object; „über das Programm fördert das Land …“ names the channel.
    id: 'foerdern',
    type: 'FUNDS',
    pos: VERB,
    from: 'subject',
    to: 'object',
    agents: ['von', 'durch', 'aus'],
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.8,
    predicates: {
      fördern: {
        sentence: 'Das Wissenschaftsministerium fördert seit 2021 das Forschungszentrum für Datenethik.',
        from: 'Wissenschaftsministerium',
        to: 'Forschungszentrum für Datenethik',
      },
      finanzieren: {
        sentence: 'Die App „Notruf barrierefrei“ wurde vollständig vom Sozialministerium finanziert.',
        from: 'Soziales',
        to: 'Notruf barrierefrei',
      },
      'mit|finanzieren': {
        sentence: 'Der Landkreis Fulda finanziert das Projekt „Dorfladen digital“ zu einem Drittel mit.',
        from: 'Fulda',
        to: 'Dorfladen digital',
      },
      bezuschussen: {
        sentence: 'Das Land Hessen bezuschusst den Verein Digitale Dörfer Hessen mit jährlich 200.000 Euro.',
        from: 'Land Hessen',
        to: 'Digitale Dörfer Hessen',
      },
      sponsern: {
        sentence: 'Den Wettbewerb „Digitale Vereinsarbeit“ sponsert die Stiftung Bürgerengagement Hessen.',
        from: 'Stiftung Bürgerengagement Hessen',
        to: 'Digitale Vereinsarbeit',
      },
    },
  },
  {
    // „unterstützt mit 1,5 Millionen Euro“: support with money is funding; without, cooperation (cooperation.ts).
    id: 'unterstuetzen-geld',
    type: 'FUNDS',
    pos: VERB,
    from: 'subject',
    to: 'object',
    money: true,
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.8,
    predicates: {
      unterstützen: {
        sentence:
          'Mit 1,5 Millionen Euro unterstützt das Wissenschaftsministerium das Zentrum für Datenkompetenz in Gießen.',
        from: 'Wissenschaft',
        to: 'Zentrum für Datenkompetenz',
      },
    },
  },
  {
    // „investiert 50 Millionen Euro in das Programm“.
    id: 'investieren',
    type: 'FUNDS',
    pos: VERB,
    from: 'subject',
    to: 'prep:in',
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.75,
    predicates: {
      investieren: {
        sentence:
          'In das Programm „Digitale Schule Hessen“ hat das Land Hessen bislang 50 Millionen Euro investiert.',
        from: 'Land Hessen',
        to: 'Digitale Schule Hessen',
      },
    },
  },
  {
    // „mit Förderung des Ministeriums entwickelt“, „mit einem Zuschuss der Stadt“: the genitive pays.
    id: 'mit-foerderung',
    type: 'FUNDS',
    compounds: true,
    preposition: 'mit',
    pos: ['NOUN'],
    from: 'prep:gen',
    to: 'anchor',
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.75,
    predicates: {
      Förderung: {
        sentence: 'Die App „Dorffunk“ wurde mit Förderung des Digitalministeriums entwickelt.',
        from: 'Digitalisierung',
        to: 'Dorffunk',
      },
      Finanzierung: {
        sentence:
          'Die App „Repair Darmstadt“ entstand mit einer Anschubfinanzierung des Digitalministeriums.',
        from: 'Digitalisierung',
        to: 'Repair Darmstadt',
      },
      Zuschuss: {
        sentence:
          'Mit einem Zuschuss der Stadt Darmstadt richtet der Verein Digitalwerkstatt Darmstadt ein Reparaturcafé ein.',
        from: 'Darmstadt',
        to: 'Digitalwerkstatt Darmstadt',
      },
    },
  },
  {
    // „die Förderung des Projekts durch das Ministerium“.
    id: 'foerderung-durch',
    type: 'FUNDS',
    compounds: true,
    pos: ['NOUN'],
    from: 'prep:durch',
    to: 'prep:gen',
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.75,
    predicates: {
      Förderung: {
        sentence:
          'Die Förderung des Projekts „Smarte Feuerwehr“ durch das Innenministerium endet im Jahr 2026.',
        from: 'Innern',
        to: 'Smarte Feuerwehr',
      },
      Finanzierung: {
        sentence:
          'Die Finanzierung des Zentrums für Datenkompetenz durch das Wissenschaftsministerium ist bis 2027 gesichert.',
        from: 'Wissenschaft',
        to: 'Zentrum für Datenkompetenz',
      },
    },
  },
  {
    // „erhält Fördermittel aus dem Programm“, „bekam einen Zuschuss aus dem Fonds“.
    id: 'foerdermittel-aus',
    type: 'FUNDS',
    compounds: true,
    pos: ['NOUN'],
    from: 'prep:aus',
    to: 'anchor',
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.7,
    predicates: {
      Förderung: {
        sentence: 'Die Gemeinde Hünstetten erhält eine Förderung aus dem Programm „Digitale Dorfmitte“.',
        from: 'Digitale Dorfmitte',
        to: 'Hünstetten',
      },
      Mittel: {
        sentence: 'Der Landkreis Kassel hat Fördermittel aus dem Digitalfonds „Zukunft Nordhessen“ erhalten.',
        from: 'Zukunft Nordhessen',
        to: 'Kassel',
      },
      Zuschuss: {
        sentence:
          'Für die neue Leitstelle bekam die Stadt Hanau einen Zuschuss aus dem Katastrophenschutzfonds „Sicheres Hessen“.',
        from: 'Sicheres Hessen',
        to: 'Hanau',
      },
    },
  },
  {
    // „Geldgeber des Projekts ist das Ministerium“, „ist Förderer des Vereins“.
    id: 'geldgeber',
    type: 'FUNDS',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|fuer',
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.75,
    predicates: {
      Geldgeber: {
        sentence: 'Geldgeber des Forschungsprojekts „KI im Rathaus“ ist das Wissenschaftsministerium.',
        from: 'Wissenschaft',
        to: 'KI im Rathaus',
      },
      Zuwendungsgeber: {
        sentence:
          'Zuwendungsgeber für das Programm „Dorfentwicklung digital“ ist das Landwirtschaftsministerium.',
        from: 'Landwirtschaft',
        to: 'Dorfentwicklung digital',
      },
      Förderer: {
        sentence: 'Das Sozialministerium ist seit 2019 Förderer des Vereins Digitale Teilhabe Hessen.',
        from: 'Soziales',
        to: 'Digitale Teilhabe Hessen',
      },
    },
  },
  {
    // „Die Gemeinde erhält vom Land 120.000 Euro“, „bekam 2023 vom Ministerium einen Förderbescheid
    // über …“: who receives money from someone is funded by them (without money it is no funding).
    id: 'erhalten-von',
    type: 'FUNDS',
    pos: VERB,
    from: 'prep:von|vom',
    to: 'subject',
    money: true,
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.75,
    predicates: {
      erhalten: {
        sentence: 'Die Gemeinde Lahntal erhält vom Land Hessen 120.000 Euro für ein neues Bürgerbüro.',
        from: 'Land Hessen',
        to: 'Lahntal',
      },
      bekommen: {
        sentence:
          'Für das Glasfasernetz bekam der Vogelsbergkreis vom Digitalministerium 2,4 Millionen Euro.',
        from: 'Digitalministerium',
        to: 'Vogelsbergkreis',
      },
    },
  },
  {
    // „übergab der Gemeinde einen Förderbescheid über 80.000 Euro“, „bewilligte dem Kreis 2 Millionen
    // Euro“: who hands money over funds the one who gets it (the dative, or „an“).
    id: 'uebergeben-geld',
    type: 'FUNDS',
    pos: VERB,
    from: 'subject',
    to: 'prep:dat|an',
    money: true,
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.75,
    predicates: {
      übergeben: {
        sentence:
          'Das Digitalministerium übergab der Gemeinde Lahntal einen Förderbescheid über 80.000 Euro.',
        from: 'Digitalministerium',
        to: 'Lahntal',
      },
      überreichen: {
        sentence: 'Im Mai überreichte das Land Hessen der Stadt Alsfeld einen Scheck über 25.000 Euro.',
        from: 'Land Hessen',
        to: 'Alsfeld',
      },
      bewilligen: {
        sentence:
          'Das Wirtschaftsministerium bewilligte dem Vogelsbergkreis 1,2 Millionen Euro für das Glasfasernetz.',
        from: 'Wirtschaft',
        to: 'Vogelsbergkreis',
      },
      gewähren: {
        sentence: 'Das Land Hessen gewährt der Gemeinde Biebertal einen Zuschuss von 40.000 Euro.',
        from: 'Land Hessen',
        to: 'Biebertal',
      },
      zusagen: {
        sentence:
          'Im März hat das Innenministerium dem Main-Kinzig-Kreis 600.000 Euro für die Leitstelle zugesagt.',
        from: 'Innenministerium',
        to: 'Main-Kinzig-Kreis',
      },
    },
  },
  {
    // „Das Land stellt dem Landkreis 2 Millionen Euro zur Verfügung“: money put at one's disposal funds.
    id: 'zur-verfuegung-geld',
    type: 'FUNDS',
    pos: ['NOUN'],
    preposition: 'zu',
    from: 'verb-subject',
    to: 'prep:dat',
    money: true,
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.75,
    predicates: {
      Verfügung: {
        sentence:
          'Für das Bürgerportal stellt das Land Hessen dem Landkreis Fulda 2 Millionen Euro zur Verfügung.',
        from: 'Land Hessen',
        to: 'Landkreis Fulda',
      },
    },
  },
  {
    // „Aus dem Programm fließen 500.000 Euro an die Stadt Kassel“.
    id: 'fliessen',
    type: 'FUNDS',
    pos: VERB,
    from: 'prep:aus|von|vom',
    to: 'prep:an|nach',
    money: true,
    fromTypes: FUNDERS,
    toTypes: FUNDED,
    confidence: 0.7,
    predicates: {
      fließen: {
        sentence: 'Aus dem Programm „Digitale Dorfmitte“ fließen 200.000 Euro an die Gemeinde Hünstetten.',
        from: 'Digitale Dorfmitte',
        to: 'Hünstetten',
      },
    },
  },
];
