/** Frames: who belongs to a body: members, partners, bodies that carry or make up an association. */
import { BODIES, type Frame, INSTITUTIONS, VERB } from './types.ts';

export const MEMBERSHIP_FRAMES: readonly Frame[] = [
  {
    // „Mitglied des Vereins“, „Mitglied im Zweckverband“, „ihre Mitgliedschaft im Verein“.
    id: 'mitglied',
    type: 'MEMBER_OF',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|in|im',
    fromTypes: [...INSTITUTIONS, 'PERSON', 'PLACE'],
    toTypes: [...BODIES],
    confidence: 0.85,
    predicates: {
      Mitglied: {
        sentence: 'Die Stadt Fulda ist seit 2020 Mitglied des Vereins Digitale Kommunen Hessen.',
        from: 'Fulda',
        to: 'Digitale Kommunen Hessen',
      },
      Mitgliedschaft: {
        sentence:
          'Der Landkreis Gießen hat seine Mitgliedschaft im Zweckverband Breitband Mittelhessen um fünf Jahre verlängert.',
        from: 'Gießen',
        to: 'Zweckverband Breitband Mittelhessen',
      },
    },
  },
  {
    // „ist Partner im Nationalen Cyber-Abwehrzentrum“: a partner in a body is one of its members
    // (a partner of someone, „Partner der Stadt“, works with them: cooperation.ts).
    id: 'partner-in',
    type: 'MEMBER_OF',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:in|im',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: INSTITUTIONS,
    confidence: 0.8,
    predicates: {
      Partner: {
        sentence: 'Die Stadt Marburg ist seit 2022 Partner im Verbund Offene Kommunen Mittelhessen.',
        from: 'Marburg',
        to: 'Verbund Offene Kommunen Mittelhessen',
      },
      Partnerin: {
        sentence: 'Die Hochschule Fulda ist Partnerin im Forschungsverbund Digitale Pflege.',
        from: 'Hochschule Fulda',
        to: 'Forschungsverbund Digitale Pflege',
      },
    },
  },
  {
    id: 'beitreten',
    type: 'MEMBER_OF',
    pos: VERB,
    from: 'subject',
    to: 'prep:dat',
    fromTypes: [...INSTITUTIONS, 'PLACE', 'PERSON'],
    toTypes: BODIES,
    confidence: 0.8,
    predicates: {
      'bei|treten': {
        sentence:
          'Im Jahr 2022 trat die Landeshauptstadt Wiesbaden der Kommunalen IT-Genossenschaft Hessen bei.',
        from: 'Wiesbaden',
        to: 'Kommunale IT-Genossenschaft Hessen',
      },
    },
  },
  {
    // „ist 2018 in die SPD eingetreten“: who enters a party or association becomes its member.
    id: 'eintreten',
    type: 'MEMBER_OF',
    pos: VERB,
    from: 'subject',
    to: 'prep:in',
    fromTypes: [...INSTITUTIONS, 'PLACE', 'PERSON'],
    toTypes: BODIES,
    confidence: 0.75,
    predicates: {
      'ein|treten': {
        sentence: 'Jana Keller ist 2018 in die SPD eingetreten.',
        from: 'Jana Keller',
        to: 'SPD',
      },
    },
  },
  {
    // „hat Eva Roth in den Digitalrat berufen“, „entsendet … in den Beirat“, „in den Verein aufgenommen“:
    // who is put into a body is a member of it.
    id: 'berufen-in',
    type: 'MEMBER_OF',
    pos: VERB,
    from: 'object',
    to: 'prep:in',
    fromTypes: ['PERSON', 'PLACE', 'AGENCY', 'ORGANISATION', 'MINISTRY'],
    toTypes: ['ORGANISATION'],
    confidence: 0.75,
    predicates: {
      berufen: {
        sentence: 'Die Landesregierung hat Eva Roth im Mai in den Digitalrat Hessen berufen.',
        from: 'Eva Roth',
        to: 'Digitalrat Hessen',
      },
      wählen: {
        sentence: 'Die Bürgermeister der Region haben Jonas Weber 2022 in den Digitalrat Nordhessen gewählt.',
        from: 'Jonas Weber',
        to: 'Digitalrat Nordhessen',
      },
      entsenden: {
        sentence: 'Der Landkreis Gießen entsendet Bernd Wilke in den Digitalrat Mittelhessen.',
        from: 'Bernd Wilke',
        to: 'Digitalrat Mittelhessen',
      },
      'auf|nehmen': {
        sentence:
          'Im Jahr 2021 wurde die Stadt Alsfeld in den Zweckverband Breitband Mittelhessen aufgenommen.',
        from: 'Alsfeld',
        to: 'Zweckverband Breitband Mittelhessen',
      },
    },
  },
  {
    // „Dem Digitalrat gehört Eva Roth an“: members of associations, councils and parties, not units
    // (those are PART_OF) and not the cabinet (SERVES_IN).
    id: 'angehoeren',
    type: 'MEMBER_OF',
    pos: VERB,
    from: 'subject',
    to: 'prep:dat',
    fromTypes: ['PERSON', 'PLACE', 'AGENCY', 'ORGANISATION', 'MINISTRY'],
    toTypes: ['ORGANISATION', 'PARTY'],
    confidence: 0.8,
    predicates: {
      'an|gehören': {
        sentence:
          'Dem Verein Digitale Kommunen Hessen gehören inzwischen auch die Stadt Alsfeld und der Vogelsbergkreis an.',
        from: 'Alsfeld',
        to: 'Digitale Kommunen Hessen',
      },
    },
  },
  {
    // „Im Lenkungskreis ist der Landkreis Gießen durch Eva Roth vertreten“: who is represented sits there.
    id: 'vertreten',
    type: 'MEMBER_OF',
    pos: VERB,
    from: 'object',
    to: 'prep:in|im',
    fromTypes: [...INSTITUTIONS, 'PLACE', 'PARTY'],
    toTypes: ['ORGANISATION'],
    confidence: 0.75,
    predicates: {
      vertreten: {
        sentence: 'Der Landkreis Gießen ist im Digitalrat Mittelhessen durch seine Landrätin vertreten.',
        from: 'Gießen',
        to: 'Digitalrat Mittelhessen',
      },
    },
  },
  {
    // „Träger der Datenzentrale sind die Stadt und der Landkreis“: who carries a body belongs to it.
    id: 'traeger-mitglied',
    type: 'MEMBER_OF',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: ['AGENCY', 'ORGANISATION'],
    confidence: 0.8,
    predicates: {
      Träger: {
        sentence:
          'Träger der Kommunalen Datenzentrale Mittelhessen sind die Stadt Gießen und der Landkreis Gießen.',
        from: 'Gießen',
        to: 'Kommunale Datenzentrale Mittelhessen',
      },
      Trägerin: {
        sentence: 'Trägerin der Verwaltungsakademie Nordhessen ist die Stadt Kassel.',
        from: 'Kassel',
        to: 'Verwaltungsakademie Nordhessen',
      },
      Gesellschafter: {
        sentence:
          'Gesellschafter der Breitband Nordhessen GmbH sind der Landkreis Kassel und der Werra-Meißner-Kreis.',
        from: 'Werra-Meißner-Kreis',
        to: 'Breitband Nordhessen GmbH',
      },
      Gesellschafterin: {
        sentence:
          'Alleinige Gesellschafterin der Digitalagentur Marburg GmbH ist die Universitätsstadt Marburg.',
        from: 'Marburg',
        to: 'Digitalagentur Marburg GmbH',
      },
    },
  },
  {
    // „Der Zweckverband besteht aus der Stadt und dem Landkreis“: the whole first, its members after „aus“.
    id: 'bestehen-aus-mitglied',
    type: 'MEMBER_OF',
    pos: VERB,
    from: 'prep:aus',
    to: 'subject',
    fromTypes: ['PERSON', 'PLACE', 'AGENCY', 'ORGANISATION'],
    toTypes: ['ORGANISATION'],
    confidence: 0.75,
    predicates: {
      bestehen: {
        sentence:
          'Der Zweckverband Digitale Region Vogelsberg besteht aus dem Vogelsbergkreis und der Stadt Alsfeld.',
        from: 'Alsfeld',
        to: 'Zweckverband Digitale Region Vogelsberg',
      },
      'zusammen|setzen': {
        sentence:
          'Der Digitalrat Osthessen setzt sich aus der Stadt Fulda, dem Landkreis Fulda und der Hochschule Fulda zusammen.',
        from: 'Hochschule Fulda',
        to: 'Digitalrat Osthessen',
      },
    },
  },
];
