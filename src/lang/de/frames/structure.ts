/** Frames: How bodies are built: members, parts, units set up or kept, subordination. */
import { BRANCH_LEMMAS } from '../branches.ts';
import { BODIES, type Frame, INSTITUTIONS, THINGS, VERB } from './types.ts';

export const STRUCTURE_FRAMES: readonly Frame[] = [
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
    // A part of a programme or platform: „ist Teil der Strategie“, „Kernstück der Initiative ist …“,
    // „zu den Teilprojekten der Initiative gehört …“. Parts that are bodies: `einheit`.
    id: 'teil',
    type: 'PART_OF',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: THINGS,
    toTypes: [...INSTITUTIONS, ...THINGS],
    confidence: 0.75,
    predicates: {
      Teil: {
        sentence:
          'Die Programme „Digitale Dorfmitte“ und „Smarte Region“ sind Teile der Strategie Digitales Land Hessen.',
        from: 'Digitale Dorfmitte',
        to: 'Strategie Digitales Land Hessen',
      },
      Bestandteil: {
        sentence:
          'Die App „Mängelmelder Gießen“ und der Onlinedienst Sperrmüll sind Bestandteile des Bürgerportals Gießen.',
        from: 'Mängelmelder Gießen',
        to: 'Bürgerportal Gießen',
      },
      Teilprojekt: {
        sentence:
          'Zu den Teilprojekten der Initiative Smarte Region Nordhessen gehört das Projekt „Digitale Bushaltestelle“.',
        from: 'Digitale Bushaltestelle',
        to: 'Initiative Smarte Region Nordhessen',
      },
      Säule: {
        sentence: 'Die zweite Säule der Offensive Digitale Schule ist das Programm „Lernen mit Tablets“.',
        from: 'Lernen mit Tablets',
        to: 'Offensive Digitale Schule',
      },
      Baustein: {
        sentence: 'Das Projekt „Smarte Ampel“ ist ein Baustein der Initiative Mobiles Hessen.',
        from: 'Smarte Ampel',
        to: 'Initiative Mobiles Hessen',
      },
      Modul: {
        sentence: 'Die App „Termin direkt“ ist seit 2022 ein Modul des Bürgerportals Kassel.',
        from: 'Termin direkt',
        to: 'Bürgerportal Kassel',
      },
      Komponente: {
        sentence: 'Zentrale Komponente der Plattform Smart Region Fulda ist die App „Fulda mobil“.',
        from: 'Fulda mobil',
        to: 'Plattform Smart Region Fulda',
      },
      Kernstück: {
        sentence: 'Kernstück des Programms „Starke Heimat Digital“ ist der Wettbewerb „Digitale Dörfer“.',
        from: 'Digitale Dörfer',
        to: 'Starke Heimat Digital',
      },
      Herzstück: {
        sentence:
          'Das Herzstück der Initiative Gigabit Hessen bildet das Förderprogramm „Glasfaser für alle“.',
        from: 'Glasfaser für alle',
        to: 'Initiative Gigabit Hessen',
      },
      Handlungsfeld: {
        sentence:
          'Das Projekt „KI in der Verwaltung“ ist ein Handlungsfeld der Strategie Digitale Verwaltung Nordhessen.',
        from: 'KI in der Verwaltung',
        to: 'Strategie Digitale Verwaltung Nordhessen',
      },
      Förderlinie: {
        sentence:
          'Das Programm „Distr@l Start“ ist eine Förderlinie der Initiative Digitale Innovation Hessen.',
        from: 'Distr@l Start',
        to: 'Initiative Digitale Innovation Hessen',
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
  {
    // The whole first: „Die Strategie umfasst die Programme A und B“.
    id: 'umfassen',
    type: 'PART_OF',
    pos: VERB,
    from: 'object',
    to: 'subject',
    fromTypes: ['PROGRAMME', 'PLATFORM', 'SERVICE'],
    toTypes: ['PROGRAMME', 'PLATFORM'],
    confidence: 0.7,
    predicates: {
      umfassen: {
        sentence:
          'Die Strategie Digitale Verwaltung Nordhessen umfasst auch das Programm „Smarte Rathäuser“.',
        from: 'Smarte Rathäuser',
        to: 'Strategie Digitale Verwaltung Nordhessen',
      },
    },
  },
  {
    // The whole first: „Das Programm besteht aus den Projekten A und B“, „Die Koalition besteht aus CDU und
    // SPD“ (parties are part of a coalition). Members of an association: `bestehen-aus-mitglied`.
    id: 'bestehen-aus',
    type: 'PART_OF',
    pos: VERB,
    from: 'prep:aus',
    to: 'subject',
    fromTypes: ['PARTY', 'PROGRAMME', 'PLATFORM', 'SERVICE'],
    toTypes: ['GOVERNMENT', 'PROGRAMME', 'PLATFORM'],
    confidence: 0.75,
    predicates: {
      bestehen: {
        sentence:
          'Das Förderprogramm Digitale Schule besteht aus dem Projekt „Tablets für alle“ und dem Projekt „WLAN im Klassenzimmer“.',
        from: 'Tablets für alle',
        to: 'Digitale Schule',
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
];
