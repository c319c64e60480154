/**
 * Frames: who works where — employment stated by a verb or a predicate adjective („arbeitet bei
 * der HZD“, „war beim Landesamt tätig“, „wechselte zur ekom21“). A person who works for a body is
 * a member of its staff (an office of it is a role noun's: role-nouns.ts).
 */
import { type Frame, INSTITUTIONS, VERB } from './types.ts';

const WORKPLACE = 'prep:bei|beim|an|am|im|in|fuer|zu|zum|zur';

export const EMPLOYMENT_FRAMES: readonly Frame[] = [
  {
    id: 'arbeiten-bei',
    type: 'MEMBER_OF',
    pos: VERB,
    from: 'subject',
    to: WORKPLACE,
    fromTypes: ['PERSON'],
    toTypes: INSTITUTIONS,
    confidence: 0.7,
    predicates: {
      arbeiten: {
        sentence:
          'Nach dem Studium arbeitete Jana Keller fünf Jahre bei der Kommunalen Datenzentrale Mittelhessen.',
        from: 'Jana Keller',
        to: 'Kommunale Datenzentrale Mittelhessen',
      },
      forschen: {
        sentence: 'Von 2010 bis 2016 forschte Bernd Wilke am Institut für Raumdaten der Universität Kassel.',
        from: 'Bernd Wilke',
        to: 'Institut für Raumdaten',
      },
      lehren: {
        sentence: 'Seit 2018 lehrt Petra Lind an der Hochschule Fulda.',
        from: 'Petra Lind',
        to: 'Hochschule Fulda',
      },
      wechseln: {
        sentence: 'Im Jahr 2021 wechselte Tobias Brandt zur Landesagentur für Digitales.',
        from: 'Tobias Brandt',
        to: 'Landesagentur für Digitales',
      },
    },
  },
  {
    id: 'taetig-bei',
    type: 'MEMBER_OF',
    pos: ['ADJ', 'VERB'],
    // „ist bei … angestellt“ is a passive: its person stands as the object.
    from: ['subject', 'object'],
    to: WORKPLACE,
    fromTypes: ['PERSON'],
    toTypes: INSTITUTIONS,
    confidence: 0.7,
    predicates: {
      tätig: {
        sentence: 'Ute Sommer war von 2012 bis 2019 beim Landesamt für Statistik tätig.',
        from: 'Ute Sommer',
        to: 'Landesamt für Statistik',
      },
      beschäftigen: {
        sentence: 'Seit 2020 ist Jonas Weber bei der Digitalagentur Marburg GmbH beschäftigt.',
        from: 'Jonas Weber',
        to: 'Digitalagentur Marburg GmbH',
      },
      'an|stellen': {
        sentence: 'Eva Roth ist seit 2017 bei der Kommunalen IT-Genossenschaft Hessen angestellt.',
        from: 'Eva Roth',
        to: 'Kommunale IT-Genossenschaft Hessen',
      },
    },
  },
];
