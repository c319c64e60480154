/** Frames: Where something is tried out first: piloted, tested, model and pilot sites. */
import type { Frame } from './types.ts';

/** What is piloted: a programme or project, a platform, a service (not a law). */
const PILOTED: Frame['fromTypes'] = ['PROGRAMME', 'PLATFORM', 'SERVICE'];
/** Where: a place, or the body it is tried out at („am Amtsgericht“, „im Finanzministerium“). */
const SITES: Frame['toTypes'] = ['PLACE', 'AGENCY', 'ORGANISATION', 'MINISTRY'];
/** Pilot verbs: also their participles („die im Kreis erprobte App“). */
const PILOT_VERB: Frame['pos'] = ['VERB', 'AUX', 'ADJ'];

export const PILOTING_FRAMES: readonly Frame[] = [
  {
    // „wurde im Main-Kinzig-Kreis pilotiert“, „wird am Amtsgericht getestet“.
    id: 'pilotieren-in',
    type: 'PILOTED_IN',
    pos: PILOT_VERB,
    from: 'object',
    to: 'prep:in|an|bei',
    fromTypes: PILOTED,
    toTypes: SITES,
    confidence: 0.75,
    predicates: {
      pilotieren: {
        sentence: 'Im Landkreis Hersfeld-Rotenburg wird derzeit die Plattform „BauPort“ pilotiert.',
        from: 'BauPort',
        to: 'Hersfeld-Rotenburg',
      },
      erproben: {
        sentence: 'In der Stadt Bensheim wurde die App „Frag die Stadt“ zunächst ein Jahr lang erprobt.',
        from: 'Frag die Stadt',
        to: 'Bensheim',
      },
      testen: {
        sentence: 'Am Amtsgericht Wetzlar wird seit Mai die Software „E-Akte Justiz“ getestet.',
        from: 'E-Akte Justiz',
        to: 'Amtsgericht Wetzlar',
      },
    },
  },
  {
    // „Der Landkreis pilotiert den Onlinedienst“: a place that tries something out is where it is piloted.
    id: 'pilotieren-ort',
    type: 'PILOTED_IN',
    pos: PILOT_VERB,
    from: 'object',
    to: 'subject',
    fromTypes: PILOTED,
    toTypes: ['PLACE'],
    confidence: 0.75,
    predicates: {
      pilotieren: {
        sentence:
          'Der Landkreis Darmstadt-Dieburg pilotiert seit Herbst den Onlinedienst „Kfz-Zulassung digital“.',
        from: 'Kfz-Zulassung digital',
        to: 'Darmstadt-Dieburg',
      },
      erproben: {
        sentence: 'Als erste Kommune erprobt die Stadt Hanau die Anwendung „Parken per App“.',
        from: 'Parken per App',
        to: 'Hanau',
      },
      testen: {
        sentence:
          'Die Stadt Eschwege, die seit Januar die Software „Ratsinfo mobil“ testet, zieht eine positive Bilanz.',
        from: 'Ratsinfo mobil',
        to: 'Eschwege',
      },
    },
  },
  {
    // „ist Pilotkommune für den Onlinedienst“, „als Modellkommune im Programm“.
    id: 'modellkommune',
    type: 'PILOTED_IN',
    // Rare compounds the tagger also reads as names.
    pos: ['NOUN', 'PROPN'],
    from: 'prep:fuer|gen|in|bei',
    to: 'anchor',
    fromTypes: PILOTED,
    toTypes: ['PLACE', 'AGENCY'],
    confidence: 0.75,
    predicates: {
      Pilotkommune: {
        sentence: 'Die Stadt Bad Vilbel ist Pilotkommune für den Onlinedienst „Anwohnerparken digital“.',
        from: 'Anwohnerparken digital',
        to: 'Bad Vilbel',
      },
      Modellkommune: {
        sentence:
          'Als Modellkommune im Programm „Smarte Dörfer Hessen“ erhält die Gemeinde Feldatal eine Förderung.',
        from: 'Smarte Dörfer Hessen',
        to: 'Feldatal',
      },
      Modellregion: {
        sentence: 'Der Schwalm-Eder-Kreis ist Modellregion des Projekts „Landbus digital“.',
        from: 'Landbus digital',
        to: 'Schwalm-Eder-Kreis',
      },
      Pilotregion: {
        sentence:
          'Zur Pilotregion für die App „Notfallhilfe Hessen“ wurde der Landkreis Waldeck-Frankenberg bestimmt.',
        from: 'Notfallhilfe Hessen',
        to: 'Waldeck-Frankenberg',
      },
      Pilotstandort: {
        sentence: 'Das Amtsgericht Limburg ist Pilotstandort für die Software „Justiz-Termin online“.',
        from: 'Justiz-Termin online',
        to: 'Amtsgericht Limburg',
      },
    },
  },
  {
    // „die Erprobung der App in der Stadt“, „der Pilotbetrieb der Plattform am Landgericht“.
    id: 'erprobung',
    type: 'PILOTED_IN',
    pos: ['NOUN'],
    from: 'prep:gen',
    to: 'prep:in|an|bei',
    fromTypes: PILOTED,
    toTypes: SITES,
    confidence: 0.75,
    predicates: {
      Erprobung: {
        sentence: 'Die Erprobung der App „Sperrmüll online“ in Dreieich verlief erfolgreich.',
        from: 'Sperrmüll online',
        to: 'Dreieich',
      },
      Pilotierung: {
        sentence:
          'Die Pilotierung des Onlinedienstes „Elterngeld plus digital“ im Kreis Groß-Gerau ist abgeschlossen.',
        from: 'Elterngeld plus digital',
        to: 'Groß-Gerau',
      },
      Pilotbetrieb: {
        sentence: 'Der Pilotbetrieb der Plattform „Schöffen online“ am Landgericht Gießen läuft seit März.',
        from: 'Schöffen online',
        to: 'Landgericht Gießen',
      },
    },
  },
  {
    // „das Pilotprojekt „Frauke“ am Amtsgericht“: the project named by the noun, where it runs.
    id: 'pilotprojekt',
    type: 'PILOTED_IN',
    pos: ['NOUN'],
    from: 'self',
    to: 'prep:in|an|bei',
    fromTypes: PILOTED,
    toTypes: SITES,
    confidence: 0.75,
    predicates: {
      Pilotprojekt: {
        sentence: 'Das Pilotprojekt „Lernbegleiter“ an der Hochschule Fulda endet im Sommer.',
        from: 'Lernbegleiter',
        to: 'Hochschule Fulda',
      },
      Modellprojekt: {
        sentence: 'Das Modellprojekt „Dorfschwester“ im Werra-Meißner-Kreis wurde 2023 verlängert.',
        from: 'Dorfschwester',
        to: 'Werra-Meißner-Kreis',
      },
    },
  },
];
