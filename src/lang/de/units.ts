/** The nouns of units inside a body: numbered ones („Abteilung IV“) and those a body has one of („Geschäftsstelle“). */

/**
 * Nouns of the numbered units inside a body: „Abteilung IV“, „Referat Z 3“, „Dezernat 21“. Such a
 * name means something only with its body („Abteilung IV des Ministeriums der Finanzen“).
 */
export const UNIT_NOUNS = [
  'Unterabteilung',
  'Abteilung',
  'Referat',
  'Dezernat',
  'Sachgebiet',
  'Fachgebiet',
  'Fachbereich',
  'Projektgruppe',
  'Arbeitsgruppe',
  'Gruppe',
  'Stabsstelle',
];

/**
 * Nouns of units a body has only one of, named by their body alone: „die Geschäftsstelle des
 * IT-Planungsrats“, „das Ministerbüro des HMDI“, „die Pressestelle der HZD“.
 */
export const SOLE_UNIT_NOUNS = [
  'Geschäftsstelle',
  'Bundesgeschäftsstelle',
  'Landesgeschäftsstelle',
  'Koordinierungsstelle',
  'Pressestelle',
  'Leitstelle',
  'Zentralstelle',
  'Ministerbüro',
  'Präsidialbüro',
  'Leitungsstab',
  'Generalsekretariat',
];
