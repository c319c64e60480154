/** Frames: units a body sets up, founds, opens or keeps: „richtet eine Servicestelle ein“, „unterhält eine Außenstelle“. */
import { BRANCH_LEMMAS } from '../branches.ts';
import { type Frame, INSTITUTIONS, VERB } from './types.ts';

export const ESTABLISHING_FRAMES: readonly Frame[] = [
  {
    // „eröffnete eine Niederlassung in Fritzlar“: a branch one opens is one's own (one keeps: `unterhalten`).
    id: 'niederlassung-eroeffnen',
    type: 'PART_OF',
    pos: VERB,
    from: 'object',
    to: 'subject',
    object: BRANCH_LEMMAS,
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: INSTITUTIONS,
    confidence: 0.75,
    predicates: {
      eröffnen: {
        sentence: 'Im Mai eröffnete die Kommunale Datenzentrale Nordhessen eine Niederlassung in Fritzlar.',
        from: 'Niederlassung Fritzlar',
        to: 'Kommunale Datenzentrale Nordhessen',
      },
    },
  },
  {
    // A body sets up a unit of its own: „richtet eine Servicestelle ein“.
    id: 'einrichten',
    type: 'PART_OF',
    pos: VERB,
    from: 'object',
    to: 'subject',
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.7,
    predicates: {
      'ein|richten': {
        sentence: 'Im Frühjahr richtete die Stadt Darmstadt die Servicestelle Digitale Verwaltung ein.',
        from: 'Servicestelle Digitale Verwaltung',
        to: 'Darmstadt',
      },
    },
  },
  {
    // A body founds an authority of its own: „das Innenministerium gründete die Stabsstelle …“. Only
    // authorities: a company or association founded by several is no part of any of them.
    id: 'gruenden',
    type: 'PART_OF',
    pos: VERB,
    from: 'object',
    to: 'subject',
    fromTypes: ['AGENCY'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.7,
    predicates: {
      gründen: {
        sentence: 'Im Jahr 2018 gründete das Innenministerium die Koordinierungsstelle Cyberabwehr.',
        from: 'Koordinierungsstelle Cyberabwehr',
        to: 'Innenministerium',
      },
      errichten: {
        sentence: 'Zum 1. Juli 2020 hat die Stadt Offenbach das Amt für Digitalisierung errichtet.',
        from: 'Amt für Digitalisierung',
        to: 'Offenbach',
      },
    },
  },
  {
    // A body keeps a unit of its own: „unterhält eine Außenstelle in Kassel“.
    id: 'unterhalten',
    type: 'PART_OF',
    pos: VERB,
    from: 'object',
    to: 'subject',
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: [...INSTITUTIONS],
    confidence: 0.7,
    predicates: {
      unterhalten: {
        sentence: 'Das Statistische Landesamt unterhält seit 2010 die Zweigstelle Kassel.',
        from: 'Zweigstelle Kassel',
        to: 'Statistisches Landesamt',
      },
    },
  },
];
