/** Relation rules: Who works with whom: cooperation, agreements, joint work. */
import { INSTITUTIONS, type RelationRule, VERB } from './types.ts';

export const COOPERATION_RULES: readonly RelationRule[] = [
  {
    id: 'kooperieren',
    type: 'COOPERATES_WITH',
    predicate: /^(?:kooperier|geschlossen|schliess|schloss|vereinbart|unterzeichnet)/,
    pos: VERB,
    from: 'subject',
    to: 'prep:mit',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.75,
    example: {
      sentence:
        'Die Universität Kassel kooperiert seit Jahren mit dem Fraunhofer-Institut für Energiesysteme.',
      from: 'Universität Kassel',
      to: 'Fraunhofer-Institut für Energiesysteme',
    },
  },
  {
    id: 'zusammenarbeiten',
    type: 'COOPERATES_WITH',
    predicate: /^(?:arbeit|zusammengearbeitet|zusammenarbeit)/,
    particle: 'zusammen',
    pos: VERB,
    from: 'subject',
    to: 'prep:mit',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.75,
    example: {
      sentence:
        'Beim Glasfaserausbau arbeitet der Landkreis Fulda eng mit der Breitband Nordhessen GmbH zusammen.',
      from: 'Landkreis Fulda',
      to: 'Breitband Nordhessen GmbH',
    },
  },
  {
    id: 'zwischen',
    type: 'COOPERATES_WITH',
    predicate:
      /^(?:geschlossen|schliess|schloss|vereinbart|unterzeichnet|kooperation|zusammenarbeit|vertrag|vereinbarung|pakt|abkommen)/,
    pos: ['VERB', 'ADJ', 'NOUN'],
    from: 'between',
    to: 'between',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.75,
    example: {
      sentence:
        'Die Vereinbarung wurde zwischen der Stadt Gießen und der Technischen Hochschule Mittelhessen geschlossen.',
      from: 'Gießen',
      to: 'Technische Hochschule Mittelhessen',
    },
  },
  {
    id: 'gemeinsam-mit',
    type: 'COOPERATES_WITH',
    predicate: /^(?:gemeinsam|zusammen)$/,
    pos: ['ADV', 'ADJ'],
    from: 'anchor',
    to: 'prep:mit',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: [...INSTITUTIONS, 'PLACE'],
    confidence: 0.7,
    example: {
      sentence: 'Gemeinsam mit der Stadt Marburg betreibt der Zweckverband Mittelhessen ein Rechenzentrum.',
      from: 'Zweckverband Mittelhessen',
      to: 'Marburg',
    },
  },
];
