/** Frames: where a body stands in another: placed at, belonging to, a unit of, under it. */
import { type Frame, INSTITUTIONS, THINGS, VERB } from './types.ts';

export const STRUCTURE_FRAMES: readonly Frame[] = [
  {
    id: 'angesiedelt',
    type: 'PART_OF',
    pos: ['ADJ', 'VERB'],
    from: 'object',
    to: 'prep:bei|beim|an|am|in|im',
    fromTypes: [...INSTITUTIONS, 'PROGRAMME'],
    toTypes: INSTITUTIONS,
    confidence: 0.8,
    predicates: {
      'an|siedeln': {
        sentence: 'Die Servicestelle Open Data ist beim Statistischen Landesamt angesiedelt.',
        from: 'Servicestelle Open Data',
        to: 'Statistisches Landesamt',
      },
      'ein|gliedern': {
        sentence:
          'Zum 1. Januar 2021 wurde die Servicestelle Geodaten in das Landesamt für Bodenmanagement und Geoinformation eingegliedert.',
        from: 'Servicestelle Geodaten',
        to: 'Landesamt für Bodenmanagement und Geoinformation',
      },
      'an|gliedern': {
        sentence:
          'Die Koordinierungsstelle Cybersicherheit ist an das Hessische Landeskriminalamt angegliedert.',
        from: 'Koordinierungsstelle Cybersicherheit',
        to: 'Landeskriminalamt',
      },
      // 'an|docken': the tagger's dictionary does not know it: „angedockt“ keeps itself as lemma.
      'ein|richten': {
        sentence:
          'Im Jahr 2019 wurde beim Regierungspräsidium Kassel die Servicestelle Breitband eingerichtet.',
        from: 'Servicestelle Breitband',
        to: 'Regierungspräsidium Kassel',
      },
      'unter|bringen': {
        sentence: 'Die Servicestelle Breitband ist beim Regierungspräsidium Kassel untergebracht.',
        from: 'Servicestelle Breitband',
        to: 'Regierungspräsidium Kassel',
      },
      integrieren: {
        sentence:
          'Die frühere Stabsstelle Digitale Verwaltung ist 2020 in das Digitalministerium integriert worden.',
        from: 'Stabsstelle Digitale Verwaltung',
        to: 'Digitalministerium',
      },
      'an|binden': {
        sentence: 'Die Koordinierungsstelle Open Government ist an die Hessische Staatskanzlei angebunden.',
        from: 'Koordinierungsstelle Open Government',
        to: 'Staatskanzlei',
      },
    },
  },
  {
    id: 'gehoeren-zu',
    type: 'PART_OF',
    pos: VERB,
    from: 'subject',
    to: 'prep:zu|zum|zur',
    fromTypes: [...INSTITUTIONS, ...THINGS, 'PLACE'],
    toTypes: [...INSTITUTIONS, ...THINGS, 'PLACE'],
    confidence: 0.75,
    predicates: {
      gehören: {
        sentence: 'Die Zentralstelle Cybercrime gehört zur Generalstaatsanwaltschaft Frankfurt.',
        from: 'Zentralstelle Cybercrime',
        to: 'Generalstaatsanwaltschaft Frankfurt',
      },
    },
  },
  {
    // „ist im Geschäftsbereich des Innenministeriums angesiedelt“, „die Behörden im Geschäftsbereich des …“.
    id: 'geschaeftsbereich',
    type: 'PART_OF',
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: ['MINISTRY'],
    confidence: 0.8,
    predicates: {
      Geschäftsbereich: {
        sentence: 'Das Landesamt für Statistik ist im Geschäftsbereich des Finanzministeriums angesiedelt.',
        from: 'Landesamt für Statistik',
        to: 'Finanzministerium',
      },
    },
  },
  {
    // A body that is a unit of another: „Die Servicestelle ist Teil des Regierungspräsidiums“, „die
    // Servicestelle, ein Referat des Landesamts“, „die Außenstelle Hünfeld des Landesamts“. The unit is the
    // noun's copula subject, its apposition or the name it heads, never the subject of a clause it is the
    // object of („Die HZD berät die Abteilung Z des Ministeriums“).
    id: 'einheit',
    type: 'PART_OF',
    compounds: true,
    pos: ['NOUN', 'PROPN'],
    from: ['self', 'subject', 'apposed'],
    to: 'prep:gen',
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.75,
    predicates: {
      Teil: {
        sentence: 'Die Zentrale Bußgeldstelle ist seit 2019 Teil des Regierungspräsidiums Kassel.',
        from: 'Zentrale Bußgeldstelle',
        to: 'Regierungspräsidium Kassel',
      },
      Bestandteil: {
        sentence:
          'Das Kompetenzzentrum Open Source ist fester Bestandteil der Kommunalen Datenzentrale Mittelhessen.',
        from: 'Kompetenzzentrum Open Source',
        to: 'Kommunale Datenzentrale Mittelhessen',
      },
      Abteilung: {
        sentence:
          'Das Hessische Kompetenzzentrum Cloud ist eine Abteilung der Hessischen Zentrale für Datenverarbeitung.',
        from: 'Kompetenzzentrum Cloud',
        to: 'Hessische Zentrale für Datenverarbeitung',
      },
      Unterabteilung: {
        sentence:
          'Das Lagezentrum Cybersicherheit, eine Unterabteilung des Innenministeriums, wertet täglich Meldungen aus.',
        from: 'Lagezentrum Cybersicherheit',
        to: 'Innenministerium',
      },
      Referat: {
        sentence:
          'Die Servicestelle Geodaten, ein Referat des Landesamts für Bodenmanagement, berät die Kommunen.',
        from: 'Servicestelle Geodaten',
        to: 'Landesamt für Bodenmanagement',
      },
      Dezernat: {
        sentence: 'Die Servicestelle Vergabe ist ein Dezernat des Regierungspräsidiums Darmstadt.',
        from: 'Servicestelle Vergabe',
        to: 'Regierungspräsidium Darmstadt',
      },
      Fachbereich: {
        sentence:
          'Das Institut für Verwaltungsinformatik ist ein Fachbereich der Hochschule für Polizei und Verwaltung.',
        from: 'Institut für Verwaltungsinformatik',
        to: 'Hochschule für Polizei und Verwaltung',
      },
      Tochter: {
        sentence:
          'Die Breitband Osthessen GmbH, eine Tochter des Landkreises Fulda, baut das Glasfasernetz aus.',
        from: 'Breitband Osthessen GmbH',
        to: 'Fulda',
      },
      Tochtergesellschaft: {
        sentence: 'Die Digitalagentur Kassel GmbH ist eine Tochtergesellschaft der Stadt Kassel.',
        from: 'Digitalagentur Kassel GmbH',
        to: 'Kassel',
      },
      Tochterunternehmen: {
        sentence: 'Die Mittelhessen Netz GmbH ist ein Tochterunternehmen der Stadtwerke Gießen.',
        from: 'Mittelhessen Netz GmbH',
        to: 'Stadtwerke Gießen',
      },
      Außenstelle: {
        sentence: 'Die Außenstelle Hünfeld des Landesamts für Statistik betreut die Erhebungen in Osthessen.',
        from: 'Außenstelle Hünfeld',
        to: 'Landesamt für Statistik',
      },
      Stabsstelle: {
        sentence:
          'Die Servicestelle Medienbildung, eine Stabsstelle der Hessischen Lehrkräfteakademie, berät die Schulen.',
        from: 'Servicestelle Medienbildung',
        to: 'Lehrkräfteakademie',
      },
      Eigenbetrieb: {
        sentence: 'Die Digitalagentur Offenbach ist ein Eigenbetrieb der Stadt Offenbach.',
        from: 'Digitalagentur Offenbach',
        to: 'Offenbach',
      },
      Einrichtung: {
        sentence: 'Das Zentrum für Digitale Lehre ist eine zentrale Einrichtung der Universität Kassel.',
        from: 'Zentrum für Digitale Lehre',
        to: 'Universität Kassel',
      },
    },
  },
  {
    id: 'unterstehen',
    type: 'PART_OF',
    pos: VERB,
    from: ['subject', 'object'],
    to: 'prep:dat',
    fromTypes: [...INSTITUTIONS],
    toTypes: [...INSTITUTIONS],
    confidence: 0.75,
    predicates: {
      unterstehen: {
        sentence: 'Seit 2015 untersteht die Landesstelle für Katastrophenschutz dem Innenministerium.',
        from: 'Landesstelle für Katastrophenschutz',
        to: 'Innenministerium',
      },
    },
  },
  {
    // What is put under a body: „wurde dem Innenministerium unterstellt“, „die dem Ministerium
    // nachgeordnete Behörde“. Who put it there (an active subject) is none of it.
    id: 'unterstellt',
    type: 'PART_OF',
    pos: VERB,
    from: 'object',
    to: 'prep:dat',
    fromTypes: [...INSTITUTIONS, 'PROGRAMME'],
    toTypes: [...INSTITUTIONS],
    confidence: 0.75,
    predicates: {
      unterstellen: {
        sentence: 'Seit 2020 ist die Servicestelle Breitband dem Regierungspräsidium Kassel unterstellt.',
        from: 'Servicestelle Breitband',
        to: 'Regierungspräsidium Kassel',
      },
      'zu|ordnen': {
        sentence:
          'Die Stabsstelle Verwaltungsmodernisierung ist organisatorisch dem Finanzministerium zugeordnet.',
        from: 'Stabsstelle Verwaltungsmodernisierung',
        to: 'Finanzministerium',
      },
      nachgeordnet: {
        sentence: 'Die Landesanstalt für Naturschutz ist dem Umweltministerium nachgeordnet.',
        from: 'Landesanstalt für Naturschutz',
        to: 'Umweltministerium',
      },
      'unter|ordnen': {
        sentence: 'Das Amt für Bodenmanagement Fulda ist dem Landesamt für Geoinformation untergeordnet.',
        from: 'Amt für Bodenmanagement Fulda',
        to: 'Landesamt für Geoinformation',
      },
    },
  },
  {
    id: 'bei-institution',
    type: 'PART_OF',
    pos: ['PROPN', 'NOUN'],
    from: 'self',
    to: 'prep:bei',
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: ['AGENCY', 'ORGANISATION', 'MINISTRY'],
    confidence: 0.7,
    predicates: {
      '*': {
        sentence:
          'Das Kompetenzzentrum Open Source bei der Kommunalen Datenverarbeitung Nordhessen berät die Städte.',
        from: 'Kompetenzzentrum Open Source',
        to: 'Kommunalen Datenverarbeitung Nordhessen',
      },
    },
  },
  {
    // „die Stabsstelle Cyberabwehr im Innenministerium“, „die Abteilung Verwaltungsdigitalisierung im
    // Digitalministerium“: an authority named as being in a body is part of it (in a place it is there: `ort-in`).
    id: 'behoerde-in',
    type: 'PART_OF',
    pos: ['PROPN', 'NOUN'],
    from: 'self',
    to: 'prep:in|im|bei|beim',
    fromTypes: ['AGENCY'],
    toTypes: ['MINISTRY', 'AGENCY', 'ORGANISATION', 'GOVERNMENT'],
    confidence: 0.7,
    predicates: {
      '*': {
        sentence: 'Die Stabsstelle Cyberabwehr im Innenministerium warnt vor gefälschten E-Mails.',
        from: 'Stabsstelle Cyberabwehr',
        to: 'Innenministerium',
      },
    },
  },
];
