/** Frames: What bodies do with platforms, services and programmes: operate, maintain, provide, offer, roll out. */
import { ACTORS, type Frame, THINGS, VERB } from './types.ts';

/** What is run, maintained or rolled out: a platform or an online service, not a programme or law. */
const SYSTEMS: Frame['toTypes'] = ['PLATFORM', 'SERVICE'];

export const ACTIVITIES_FRAMES: readonly Frame[] = [
  {
    id: 'betreiben',
    type: 'OPERATES',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ACTORS,
    toTypes: [...THINGS, 'ORGANISATION'],
    confidence: 0.85,
    predicates: {
      betreiben: {
        sentence: 'Seit dem Frühjahr betreibt die Stadtverwaltung Kassel das Bürgerportal „Kassel direkt“.',
        from: 'Stadtverwaltung Kassel',
        to: 'Kassel direkt',
      },
    },
  },
  {
    // Keeping a system running: „betreut das Portal“, „pflegt das Register“, „führt das Register“.
    id: 'betreuen',
    type: 'OPERATES',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ACTORS,
    toTypes: SYSTEMS,
    confidence: 0.75,
    predicates: {
      betreuen: {
        sentence:
          'Die Kommunale Datenzentrale Mittelhessen betreut das Serviceportal „Bürgeramt online“ auch technisch.',
        from: 'Kommunale Datenzentrale Mittelhessen',
        to: 'Bürgeramt online',
      },
      verwalten: {
        sentence: 'Die Datenbank „Denkmalliste Hessen“ verwaltet das Landesamt für Denkmalpflege.',
        from: 'Landesamt für Denkmalpflege',
        to: 'Denkmalliste Hessen',
      },
      administrieren: {
        sentence:
          'Die Plattform „Ratsinfo Mittelhessen“ wird vom Zweckverband Kommunale Informationsverarbeitung administriert.',
        from: 'Zweckverband Kommunale Informationsverarbeitung',
        to: 'Ratsinfo Mittelhessen',
      },
      pflegen: {
        sentence:
          'Das Landesamt für Bodenmanagement, das seit 2015 das Register „Liegenschaften Hessen“ pflegt, beschäftigt rund 200 Fachleute.',
        from: 'Landesamt für Bodenmanagement',
        to: 'Liegenschaften Hessen',
      },
      unterhalten: {
        sentence: 'Für seine Schulen unterhält der Landkreis Gießen das Lernportal „Schule vernetzt“.',
        from: 'Gießen',
        to: 'Schule vernetzt',
      },
      führen: {
        sentence: 'Das Gewerberegister „Gewerbe Nordhessen“ wird vom Regierungspräsidium Kassel geführt.',
        from: 'Regierungspräsidium Kassel',
        to: 'Gewerbe Nordhessen',
      },
    },
  },
  {
    // „Betreiber der Plattform ist die HZD“, „die HZD als Betreiberin des Portals“.
    id: 'betreiber',
    type: 'OPERATES',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen',
    fromTypes: ACTORS,
    toTypes: SYSTEMS,
    confidence: 0.8,
    predicates: {
      Betreiber: {
        sentence: 'Betreiber der Plattform „Ehrenamt Hessen“ ist die Landesstiftung Miteinander in Hessen.',
        from: 'Landesstiftung Miteinander',
        to: 'Ehrenamt Hessen',
      },
      Betreiberin: {
        sentence:
          'Die Kommunale Datenzentrale Mittelhessen ist seit 2022 Betreiberin des Bürgerportals „Wetzlar digital“.',
        from: 'Kommunale Datenzentrale Mittelhessen',
        to: 'Wetzlar digital',
      },
    },
  },
  {
    // „der Betrieb des Portals durch die HZD“. Only with its agent: the subject of the clause is
    // no operator when it pays for the operation („finanziert den Betrieb der Plattform“).
    id: 'betrieb',
    type: 'OPERATES',
    pos: ['NOUN'],
    from: 'prep:durch',
    to: 'prep:gen',
    fromTypes: ACTORS,
    toTypes: SYSTEMS,
    confidence: 0.7,
    predicates: {
      Betrieb: {
        sentence:
          'Der Betrieb der Hessen-App durch die Hessische Zentrale für Datenverarbeitung ist bis 2028 vertraglich gesichert.',
        from: 'Hessische Zentrale für Datenverarbeitung',
        to: 'Hessen-App',
      },
    },
  },
  {
    id: 'bereitstellen',
    type: 'PROVIDES',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: [...ACTORS, 'PLATFORM'],
    toTypes: THINGS,
    confidence: 0.75,
    predicates: {
      'bereit|stellen': {
        sentence: 'Die Kommunale IT-Genossenschaft stellt den Städten die Plattform „Ratsinfo plus“ bereit.',
        from: 'Kommunale IT-Genossenschaft',
        to: 'Ratsinfo plus',
      },
    },
  },
  {
    id: 'anbieten',
    type: 'PROVIDES',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: [...ACTORS, 'PLATFORM'],
    toTypes: THINGS,
    confidence: 0.75,
    predicates: {
      'an|bieten': {
        sentence: 'Das Landesamt für Statistik bietet das Onlineportal „Statistik direkt“ an.',
        from: 'Landesamt für Statistik',
        to: 'Statistik direkt',
      },
    },
  },
  {
    // A system delivered, rolled out, switched on or introduced for its users.
    id: 'ausrollen',
    type: 'PROVIDES',
    pos: VERB,
    from: 'subject',
    to: 'object',
    fromTypes: ACTORS,
    toTypes: SYSTEMS,
    confidence: 0.75,
    predicates: {
      liefern: {
        sentence:
          'Die Software „Bauantrag kompakt“ liefert die Firma Planwerk GmbH an alle Bauaufsichtsbehörden.',
        from: 'Planwerk GmbH',
        to: 'Bauantrag kompakt',
      },
      'aus|rollen': {
        sentence:
          'Seit März rollt die Hessische Zentrale für Datenverarbeitung die App „Dienstreise mobil“ landesweit aus.',
        from: 'Hessische Zentrale für Datenverarbeitung',
        to: 'Dienstreise mobil',
      },
      'frei|schalten': {
        sentence:
          'Das Wirtschaftsministerium hat das Förderportal „Gründen in Hessen“ im Mai freigeschaltet.',
        from: 'Wirtschaft',
        to: 'Gründen in Hessen',
      },
      'ein|führen': {
        sentence:
          'Als erste Kommune im Kreis führte die Gemeinde Lahntal den Onlinedienst „Hundesteuer digital“ ein.',
        from: 'Lahntal',
        to: 'Hundesteuer digital',
      },
    },
  },
  {
    // „stattet die Schulen mit der Lernplattform aus“, „versorgt die Gemeinden mit dem Netz“.
    id: 'ausstatten',
    type: 'PROVIDES',
    pos: VERB,
    from: 'subject',
    to: 'prep:mit',
    fromTypes: ACTORS,
    toTypes: SYSTEMS,
    confidence: 0.75,
    predicates: {
      'aus|statten': {
        sentence: 'Das Kultusministerium stattet alle Schulen mit der Lernplattform „Lernraum Hessen“ aus.',
        from: 'Kultus',
        to: 'Lernraum Hessen',
      },
      versorgen: {
        sentence:
          'Die Gemeinden im Odenwald werden von der Breitband Odenwald GmbH mit dem Glasfasernetz „Odenwald-Netz“ versorgt.',
        from: 'Breitband Odenwald GmbH',
        to: 'Odenwald-Netz',
      },
    },
  },
  {
    // „Anbieter der Software ist die Firma …“, „als Dienstleister für das Portal“.
    id: 'anbieter',
    type: 'PROVIDES',
    compounds: true,
    pos: ['NOUN'],
    from: 'anchor',
    to: 'prep:gen|fuer',
    fromTypes: ACTORS,
    toTypes: SYSTEMS,
    confidence: 0.75,
    predicates: {
      Anbieter: {
        sentence: 'Anbieter der Software „Rathaus live“ ist die Firma Bildfunk GmbH.',
        from: 'Bildfunk GmbH',
        to: 'Rathaus live',
      },
      Anbieterin: {
        sentence: 'Die Kommunale IT-Genossenschaft Hessen ist Anbieterin der Software „Kita-Platz online“.',
        from: 'Kommunale IT-Genossenschaft Hessen',
        to: 'Kita-Platz online',
      },
      Dienstleister: {
        sentence: 'Als Dienstleister für das Portal „Karriere Hessen“ arbeitet die Firma Portalwerk GmbH.',
        from: 'Portalwerk GmbH',
        to: 'Karriere Hessen',
      },
    },
  },
  {
    // „Die App ist ein Angebot der Stadt“: the offer's genitive provides what the offer is.
    id: 'angebot',
    type: 'PROVIDES',
    compounds: true,
    pos: ['NOUN'],
    from: 'prep:gen',
    to: 'anchor',
    fromTypes: [...ACTORS, 'PLATFORM'],
    toTypes: THINGS,
    confidence: 0.75,
    predicates: {
      Angebot: {
        sentence: 'Die Plattform „Engagiert in Marburg“ ist ein Angebot der Universitätsstadt Marburg.',
        from: 'Marburg',
        to: 'Engagiert in Marburg',
      },
    },
  },
  {
    // „Die Verfahrenscloud Hessen bei der HZD“: a platform named as being at a body runs there.
    id: 'plattform-bei',
    type: 'OPERATES',
    pos: ['PROPN', 'NOUN'],
    from: 'prep:bei|beim',
    to: 'self',
    fromTypes: ['AGENCY', 'ORGANISATION'],
    toTypes: ['PLATFORM'],
    confidence: 0.75,
    predicates: {
      '*': {
        sentence: 'Die Datenplattform „Geo Nordhessen“ bei der Kommunalen Datenzentrale Kassel wächst.',
        from: 'Kommunale Datenzentrale Kassel',
        to: 'Geo Nordhessen',
      },
    },
  },
];
