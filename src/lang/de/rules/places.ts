/** Relation rules: Where bodies are: seats and places. */
import { INSTITUTIONS, type RelationRule } from './types.ts';

export const PLACES_RULES: readonly RelationRule[] = [
  {
    id: 'sitz',
    type: 'LOCATED_IN',
    predicate: /^(?:sitz|hauptsitz|dienstsitz|standort)$/,
    pos: ['NOUN'],
    from: 'anchor',
    // „mit Sitz in Kassel“, „hat ihren Standort an der Universität Kassel“
    to: 'prep:in|im|an|am',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE', 'ORGANISATION'],
    confidence: 0.85,
    example: {
      sentence: 'Die Landesanstalt für Medien, mit Sitz in Kassel, beaufsichtigt den privaten Rundfunk.',
      from: 'Landesanstalt für Medien',
      to: 'Kassel',
    },
  },
  {
    // „Sitz der Behörde ist Kassel“: the seat's genitive is the body, the copula's other side the place.
    id: 'sitz-des',
    type: 'LOCATED_IN',
    predicate: /^(?:sitz|hauptsitz|dienstsitz|standort)$/,
    pos: ['NOUN'],
    from: 'prep:gen',
    to: 'anchor',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE'],
    confidence: 0.8,
    example: {
      sentence: 'Sitz der Landesanstalt für Medien ist seit 1989 Kassel.',
      from: 'Landesanstalt für Medien',
      to: 'Kassel',
    },
  },
  {
    id: 'ansaessig',
    type: 'LOCATED_IN',
    predicate: /^(?:ansaessig|beheimatet|sitzt)/,
    pos: ['ADJ', 'VERB'],
    from: 'anchor',
    to: 'prep:in',
    fromTypes: [...INSTITUTIONS, 'PARTY'],
    toTypes: ['PLACE'],
    confidence: 0.8,
    example: {
      sentence: 'Das Kompetenzzentrum Geodaten ist in Darmstadt ansässig.',
      from: 'Kompetenzzentrum Geodaten',
      to: 'Darmstadt',
    },
  },
  {
    // „das Amtsgericht in Limburg“, „Wetzlar im Lahn-Dill-Kreis“: a name with a place phrase.
    id: 'ort-in',
    type: 'LOCATED_IN',
    predicate: /./,
    pos: ['PROPN', 'NOUN'],
    from: 'self',
    to: 'prep:in|im',
    fromTypes: [...INSTITUTIONS, 'PLACE'],
    toTypes: ['PLACE'],
    confidence: 0.7,
    example: {
      sentence: 'Die Gemeinde Lahntal im Landkreis Marburg-Biedenkopf hat einen neuen Bürgerservice.',
      from: 'Lahntal',
      to: 'Marburg-Biedenkopf',
    },
  },
];
