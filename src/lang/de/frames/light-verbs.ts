/**
 * Frames: light-verb constructions, where a noun with a preposition carries the meaning and the
 * verb's subject and object are the arguments („stellt X zur Verfügung“, „rief X ins Leben“).
 */
import { ACTORS, type Frame, INSTITUTIONS, THINGS } from './types.ts';

export const LIGHT_VERB_FRAMES: readonly Frame[] = [
  {
    id: 'zur-verfuegung',
    type: 'PROVIDES',
    pos: ['NOUN'],
    preposition: 'zu',
    from: 'verb-subject',
    to: 'verb-object',
    fromTypes: [...ACTORS, 'PLATFORM'],
    toTypes: THINGS,
    confidence: 0.75,
    predicates: {
      Verfügung: {
        sentence:
          'Seit März stellt die Kommunale Datenzentrale Mittelhessen den Gemeinden das Portal „Ratsinfo Mittelhessen“ zur Verfügung.',
        from: 'Kommunale Datenzentrale Mittelhessen',
        to: 'Ratsinfo Mittelhessen',
      },
    },
  },
  {
    id: 'ins-leben',
    type: 'RESPONSIBLE_FOR',
    pos: ['NOUN'],
    preposition: 'in',
    from: 'verb-subject',
    to: 'verb-object',
    fromTypes: [...INSTITUTIONS, 'PLACE', 'PERSON'],
    toTypes: ['PROGRAMME', 'PLATFORM', 'SERVICE'],
    confidence: 0.75,
    predicates: {
      Leben: {
        sentence:
          'Im Jahr 2021 rief das Wissenschaftsministerium das Förderprogramm „Digitale Lehre Hessen“ ins Leben.',
        from: 'Wissenschaftsministerium',
        to: 'Digitale Lehre Hessen',
      },
    },
  },
  {
    id: 'in-betrieb',
    type: 'OPERATES',
    pos: ['NOUN'],
    preposition: 'in',
    from: 'verb-subject',
    to: 'verb-object',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: ['PLATFORM', 'SERVICE'],
    confidence: 0.75,
    predicates: {
      Betrieb: {
        sentence: 'Im Herbst nahm die Stadt Offenbach die Plattform „Offenbach meldet“ in Betrieb.',
        from: 'Offenbach',
        to: 'Offenbach meldet',
      },
    },
  },
  {
    // „gab die Studie bei X in Auftrag“: who orders is the subject, who works the „bei“ phrase.
    id: 'in-auftrag-geben',
    type: 'COMMISSIONED_BY',
    pos: ['NOUN'],
    preposition: 'in',
    from: 'prep:bei|beim',
    to: 'verb-subject',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.75,
    predicates: {
      Auftrag: {
        sentence:
          'Bei der Datenwerk GmbH hat das Innenministerium ein Gutachten zur Cloud in Auftrag gegeben.',
        from: 'Datenwerk GmbH',
        to: 'Innenministerium',
      },
    },
  },
];
