/** Frames: Who leads what: lead role, coordination, management of a project by a body. */
import { type Frame, INSTITUTIONS, THINGS, VERB } from './types.ts';

/** What a body leads: a programme, platform or service, not a law. */
const LED: Frame['toTypes'] = ['PROGRAMME', 'PLATFORM', 'SERVICE'];

export const LEADING_FRAMES: readonly Frame[] = [
  {
    id: 'federfuehrung',
    type: 'LEADS',
    pos: ['ADJ', 'NOUN', 'VERB'],
    from: 'anchor',
    to: 'prep:fuer',
    fromTypes: INSTITUTIONS,
    toTypes: [...THINGS, 'ORGANISATION'],
    confidence: 0.8,
    predicates: {
      federführend: {
        sentence: 'Für die Plattform „Bauantrag online“ ist das Bauministerium federführend.',
        from: 'Bauministerium',
        to: 'Bauantrag online',
      },
      Federführung: {
        sentence: 'Die Federführung für das Projekt „Digitales Grundbuch“ hat das Justizministerium.',
        from: 'Justiz',
        to: 'Digitales Grundbuch',
      },
    },
  },
  {
    // „koordiniert das Verbundprojekt“, a body that „leitet das Forschungsprojekt“ (people: offices.ts).
    id: 'koordinieren',
    type: 'LEADS',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: LED,
    confidence: 0.75,
    predicates: {
      koordinieren: {
        sentence:
          'Koordiniert wird das Verbundprojekt „Smarte Region Mittelhessen“ von der Technischen Hochschule Mittelhessen.',
        from: 'Technische Hochschule Mittelhessen',
        to: 'Smarte Region Mittelhessen',
      },
      leiten: {
        sentence: 'Die Universität Kassel leitet das Forschungsprojekt „Datenräume für Kommunen“.',
        from: 'Universität Kassel',
        to: 'Datenräume für Kommunen',
      },
    },
  },
  {
    // „hat die Projektleitung für die App inne“ (a body; people: offices.ts).
    id: 'projektleitung',
    type: 'LEADS',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|fuer',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: LED,
    confidence: 0.7,
    predicates: {
      Leitung: {
        sentence: 'Die Universität Gießen hat die Projektleitung für die App „Lahn erleben“ inne.',
        from: 'Universität Gießen',
        to: 'Lahn erleben',
      },
    },
  },
  {
    // „unter Federführung des Ministeriums entwickelt“, „unter der Leitung der Hochschule“. Action
    // nouns lead only with „unter“: „finanziert die Koordination des Projekts“ leads nothing.
    id: 'unter-federfuehrung',
    type: 'LEADS',
    preposition: 'unter',
    pos: ['NOUN'],
    from: 'prep:gen',
    to: 'anchor',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: LED,
    confidence: 0.8,
    predicates: {
      Federführung: {
        sentence: 'Die App „Justiz mobil“ wurde unter Federführung des Justizministeriums entwickelt.',
        from: 'Justiz',
        to: 'Justiz mobil',
      },
      Leitung: {
        sentence: 'Das Projekt „Sichere Stadt“ läuft unter der Leitung der Hochschule Darmstadt.',
        from: 'Hochschule Darmstadt',
        to: 'Sichere Stadt',
      },
      Koordination: {
        sentence:
          'Unter Koordination des Medienzentrums Fulda startet im Herbst das Programm „Medienbildung Osthessen“.',
        from: 'Medienzentrum Fulda',
        to: 'Medienbildung Osthessen',
      },
      Koordinierung: {
        sentence: 'Das Programm „Digitale Pflege“ läuft unter Koordinierung des Sozialministeriums.',
        from: 'Soziales',
        to: 'Digitale Pflege',
      },
      Regie: {
        sentence: 'Unter der Regie des Landkreises Kassel entstand das Portal „Nordhessen-Atlas“.',
        from: 'Kassel',
        to: 'Nordhessen-Atlas',
      },
    },
  },
];
