/**
 * Frames: what a genitive attribute of a name states about it. A programme, service or law „des
 * Ministeriums“ is the ministry's to answer for, a platform „der Stadt“ is run by the town, an
 * authority „des Ministeriums“ belongs to it.
 */
import { type Frame, INSTITUTIONS } from './types.ts';

const OWNERS: Frame['fromTypes'] = [...INSTITUTIONS, 'PLACE'];

export const GENITIVE_FRAMES: readonly Frame[] = [
  {
    id: 'genitiv-zustaendig',
    type: 'RESPONSIBLE_FOR',
    pos: ['PROPN', 'NOUN'],
    from: 'prep:gen',
    to: 'self',
    fromTypes: OWNERS,
    toTypes: ['PROGRAMME', 'SERVICE', 'LAW'],
    confidence: 0.75,
    predicates: {
      '*': {
        sentence:
          'Das Förderprogramm „Schnelles Netz Vogelsberg“ des Landkreises Vogelsberg endet im Dezember.',
        from: 'Vogelsberg',
        to: 'Schnelles Netz Vogelsberg',
      },
    },
  },
  {
    // „fördert die Hotspots mit dem Programm „…““, „über sein Programm“: the programme a body funds
    // through is its own to answer for (what the programme pays for: funding.ts).
    id: 'foerdern-ueber-programm',
    type: 'RESPONSIBLE_FOR',
    pos: ['VERB'],
    from: 'subject',
    to: 'prep:mit|ueber',
    fromTypes: OWNERS,
    toTypes: ['PROGRAMME'],
    confidence: 0.75,
    predicates: {
      fördern: {
        sentence: 'Der Main-Kinzig-Kreis fördert Vereine mit dem Programm „Ehrenamt digital“.',
        from: 'Main-Kinzig-Kreis',
        to: 'Ehrenamt digital',
      },
      unterstützen: {
        sentence: 'Die Stadt Hanau unterstützt Schulen über das Programm „Hanau lernt online“.',
        from: 'Hanau',
        to: 'Hanau lernt online',
      },
    },
  },
  {
    id: 'genitiv-betreiber',
    type: 'OPERATES',
    pos: ['PROPN', 'NOUN'],
    from: 'prep:gen',
    to: 'self',
    fromTypes: OWNERS,
    toTypes: ['PLATFORM'],
    confidence: 0.75,
    predicates: {
      '*': {
        sentence: 'Über die Plattform „Kassel meldet“ der Stadt Kassel gingen im Mai viele Hinweise ein.',
        from: 'Kassel',
        to: 'Kassel meldet',
      },
    },
  },
  {
    id: 'genitiv-behoerde',
    type: 'PART_OF',
    pos: ['PROPN', 'NOUN'],
    from: 'self',
    to: 'prep:gen',
    fromTypes: ['AGENCY'],
    toTypes: ['MINISTRY'],
    confidence: 0.75,
    predicates: {
      '*': {
        sentence: 'Die Landesstelle für Wasserrecht des Umweltministeriums prüft die Anträge.',
        from: 'Landesstelle für Wasserrecht',
        to: 'Umweltministerium',
      },
    },
  },
];
