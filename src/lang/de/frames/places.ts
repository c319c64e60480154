/** Frames: Where bodies are: seats and places. */
import { type Frame, INSTITUTIONS, VERB } from './types.ts';

export const PLACES_FRAMES: readonly Frame[] = [
  {
    id: 'sitz',
    type: 'LOCATED_IN',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    // „mit Sitz in Kassel“, „hat seinen Hauptsitz an der Universität Kassel“. A branch („eine Außenstelle
    // in Hünfeld“) is where the branch is, not its body: the branch's name with „in“ (`ort-in`).
    to: 'prep:in|im|an|am',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE', 'ORGANISATION'],
    confidence: 0.85,
    predicates: {
      Sitz: {
        sentence: 'Die Landesanstalt für Medien, mit Sitz in Kassel, beaufsichtigt den privaten Rundfunk.',
        from: 'Landesanstalt für Medien',
        to: 'Kassel',
      },
      // 'Standort': left out here. In an elliptic second clause („…, einen zweiten Standort an der …“) the
      // tagger hangs the noun on the place before it as an apposition, and the anchor then locates that
      // place at the other one (a false relation in the own corpus). Read in `sitz-des`.
      Hauptsitz: {
        sentence: 'Die Kommunale IT-Genossenschaft Hessen hat ihren Hauptsitz in Gießen.',
        from: 'Kommunale IT-Genossenschaft Hessen',
        to: 'Gießen',
      },
    },
  },
  {
    // „Sitz der Behörde ist Kassel“: the seat's genitive is the body, the copula's other side the place.
    id: 'sitz-des',
    type: 'LOCATED_IN',
    compounds: true,
    pos: ['NOUN'],
    from: 'prep:gen',
    to: 'anchor',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE'],
    confidence: 0.8,
    predicates: {
      Sitz: {
        sentence: 'Sitz der Landesanstalt für Medien ist seit 1989 Kassel.',
        from: 'Landesanstalt für Medien',
        to: 'Kassel',
      },
      Standort: {
        sentence: 'Standort der Landesstelle für Geodaten ist seit ihrer Gründung Marburg.',
        from: 'Landesstelle für Geodaten',
        to: 'Marburg',
      },
    },
  },
  {
    id: 'ansaessig',
    type: 'LOCATED_IN',
    pos: ['ADJ', 'VERB'],
    from: 'anchor',
    to: 'prep:in',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE'],
    confidence: 0.8,
    predicates: {
      ansässig: {
        sentence: 'Das Kompetenzzentrum Geodaten ist in Darmstadt ansässig.',
        from: 'Kompetenzzentrum Geodaten',
        to: 'Darmstadt',
      },
      beheimatet: {
        sentence: 'Die Landesstelle für Bürgerbeteiligung ist seit 2015 in Marburg beheimatet.',
        from: 'Landesstelle für Bürgerbeteiligung',
        to: 'Marburg',
      },
      sitzen: {
        sentence: 'Die Kommunale Datenzentrale Mittelhessen sitzt in Gießen und betreut 40 Kommunen.',
        from: 'Kommunale Datenzentrale Mittelhessen',
        to: 'Gießen',
      },
      residieren: {
        sentence: 'Das Landesamt für Statistik residiert seit 2012 in Wiesbaden.',
        from: 'Landesamt für Statistik',
        to: 'Wiesbaden',
      },
      befinden: {
        sentence: 'Der Verein Digitale Kommunen Hessen befindet sich seit 2018 in Friedberg.',
        from: 'Digitale Kommunen Hessen',
        to: 'Friedberg',
      },
      'an|siedeln': {
        sentence: 'Die Landesagentur für Daten ist in Kassel angesiedelt.',
        from: 'Landesagentur für Daten',
        to: 'Kassel',
      },
      'nieder|lassen': {
        sentence: 'Die Datenwerk GmbH hat sich 2019 in Fulda niedergelassen.',
        from: 'Datenwerk GmbH',
        to: 'Fulda',
      },
    },
  },
  {
    // „Alsfeld liegt im Vogelsbergkreis“, „Das Rechenzentrum liegt in Hünfeld“.
    id: 'liegen',
    type: 'LOCATED_IN',
    pos: VERB,
    from: 'subject',
    to: 'prep:in|im',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: ['PLACE'],
    confidence: 0.75,
    predicates: {
      liegen: {
        sentence: 'Die Gemeinde Lahntal liegt im Landkreis Marburg-Biedenkopf.',
        from: 'Lahntal',
        to: 'Marburg-Biedenkopf',
      },
    },
  },
  {
    // „Kassel beherbergt die Landesanstalt für Medien“: the place first.
    id: 'beherbergen',
    type: 'LOCATED_IN',
    pos: VERB,
    from: 'object',
    to: 'subject',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE'],
    confidence: 0.75,
    predicates: {
      beherbergen: {
        sentence: 'Seit 1989 beherbergt die Stadt Kassel die Landesanstalt für Medien.',
        from: 'Landesanstalt für Medien',
        to: 'Kassel',
      },
    },
  },
  {
    // „Das Landesamt ist nach Kassel umgezogen“: where a body moved, it is.
    id: 'umziehen',
    type: 'LOCATED_IN',
    pos: VERB,
    from: ['subject', 'object'],
    to: 'prep:nach',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE'],
    confidence: 0.75,
    predicates: {
      'um|ziehen': {
        sentence: 'Im Sommer 2021 ist das Amt für Bodenmanagement Marburg nach Cölbe umgezogen.',
        from: 'Amt für Bodenmanagement Marburg',
        to: 'Cölbe',
      },
    },
  },
  {
    // „verlegte den Sitz der Anstalt nach Kassel“: what is moved (not who moves it) is there.
    id: 'verlegen',
    type: 'LOCATED_IN',
    pos: VERB,
    from: 'object',
    to: 'prep:nach',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE'],
    confidence: 0.75,
    predicates: {
      verlegen: {
        sentence: 'Im Jahr 2016 wurde das Landesamt für Naturschutz von Wiesbaden nach Gießen verlegt.',
        from: 'Landesamt für Naturschutz',
        to: 'Gießen',
      },
    },
  },
  {
    // „das Amtsgericht in Limburg“, „Wetzlar im Lahn-Dill-Kreis“: a name with a place phrase.
    id: 'ort-in',
    type: 'LOCATED_IN',
    pos: ['PROPN', 'NOUN'],
    from: 'self',
    to: 'prep:in|im',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: ['PLACE'],
    confidence: 0.7,
    predicates: {
      '*': {
        sentence: 'Die Gemeinde Lahntal im Landkreis Marburg-Biedenkopf hat einen neuen Bürgerservice.',
        from: 'Lahntal',
        to: 'Marburg-Biedenkopf',
      },
    },
  },
  {
    // „die Softwarefirma Datenwerk GmbH aus Fulda“: a body „aus“ a town is there.
    id: 'ort-aus',
    type: 'LOCATED_IN',
    pos: ['PROPN', 'NOUN'],
    from: 'self',
    to: 'prep:aus',
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: ['PLACE'],
    confidence: 0.7,
    predicates: {
      '*': {
        sentence: 'Die Datenwerk GmbH aus Fulda hat die App „Fulda mobil“ entwickelt.',
        from: 'Datenwerk GmbH',
        to: 'Fulda',
      },
    },
  },
];
