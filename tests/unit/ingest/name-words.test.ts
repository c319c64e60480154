import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../../src/ingest/definitions.ts';
import { legalNames } from '../../../src/ingest/legal-names.ts';
import { MatchIndex } from '../../../src/ingest/matcher.ts';
import { isOddWord, wholeWords } from '../../../src/ingest/name-words.ts';

const widened = (text: string, piece: string) => {
  const start = text.indexOf(piece);
  const span = wholeWords(text, start, start + piece.length);
  return text.slice(span.start, span.end);
};

describe('names of an odd shape, kept whole', () => {
  it('widens a span cut at a superscript, a digit or an inner dot to the whole word', () => {
    expect(widened('Das Land nutzt die x²-Akte seit 2022.', 'x')).toBe('x²-Akte');
    expect(widened('Gefördert wird rheinlab.KI in Mainz.', 'rheinlab')).toBe('rheinlab.KI');
    expect(widened('Gefördert wird rheinlab.KI in Mainz.', 'KI')).toBe('rheinlab.KI');
    expect(widened('Die Stelle QR.NET prüft.', 'QR')).toBe('QR.NET');
    expect(widened('Betreiber ist kobra7 aus Fulda.', 'kobra')).toBe('kobra7');
  });

  it('leaves ordinary compounds and a sentence’s full stop alone', () => {
    expect(widened('Die OZG-Leistungen laufen.', 'OZG')).toBe('OZG');
    expect(widened('Betreiber ist kobra7. Die Stadt zahlt.', 'kobra7')).toBe('kobra7');
    expect(isOddWord('Hessen-App')).toBe(false);
    expect(isOddWord('Nord3C')).toBe(true);
  });

  it('reads a legal name whose words hold digits, superscripts or dots', () => {
    const names = (text: string) => legalNames(text).map((n) => n.name);
    expect(names('Den Auftrag erhielt die data.werk GmbH aus Kassel.')).toEqual(['data.werk GmbH']);
    expect(names('Die Lahn3D GmbH baut das Modell.')).toEqual(['Lahn3D GmbH']);
    expect(names('Die Gemeinde zahlte 1.200 Euro an die AöR.')).toEqual([]);
  });
});

describe('quoted names after a type noun', () => {
  const defined = (text: string) =>
    findDefinitions(text, [], new MatchIndex()).map((d) => `${d.type} ${d.name}`);

  it('takes a quoted name in lower case when a type noun before it says what it is', () => {
    expect(defined('Die Stadt nutzt die Software „formix“ für Anträge.')).toEqual(['PLATFORM formix']);
    expect(defined('Die Bürger laden die App ‚meinort‘ herunter.')).toEqual(['PLATFORM meinort']);
    expect(defined('Beraten wird sie vom Dienstleister „kobra7“.')).toEqual(['ORGANISATION kobra7']);
  });

  it('takes no lower-case quote without such a noun', () => {
    expect(defined('Das sei „ganz normal“, sagte sie.')).toEqual([]);
  });
});
