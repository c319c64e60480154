/**
 * Names in their variants read with the real NLP service, each from sentences written for this test:
 * a body with and without its legal form or type noun is one entity; names of unusual shape are
 * kept whole; product names after a type noun, numbered units of a named body, acronyms of known
 * bodies and parties are read as what they are.
 */
import { describe, expect, it } from 'vitest';
import { readText as read } from '../support/read-text.ts';

describe('a name with and without its legal form or type noun', () => {
  it('reads the short name, the name with its type noun and with its legal form as one body', async () => {
    const { entities } = await read(
      'Die Genossenschaft Lahnwerk Energie verlegt Glasfaser im Hinterland. Gegründet wurde die Lahnwerk Energie eG im Jahr 2016. Inzwischen versorgt Lahnwerk Energie elf Dörfer.',
      'variants-cooperative',
    );
    expect(entities.filter((e) => e.includes('Lahnwerk'))).toEqual(['ORGANISATION Lahnwerk Energie eG']);
  });

  it('reads a company named again without „GmbH“ as the same company', async () => {
    const { entities } = await read(
      'Den Auftrag für das Portal erhielt die Rhönsoft Systeme GmbH aus Fulda. Rhönsoft Systeme entwickelt das Portal bis Ende 2025.',
      'variants-company',
    );
    expect(entities.filter((e) => e.includes('Rhönsoft'))).toEqual(['ORGANISATION Rhönsoft Systeme GmbH']);
  });

  it('reads a society’s name after its type noun and later alone as one body', async () => {
    const { entities } = await read(
      'Der Verein Offene Wetterau lädt zum Hackathon nach Friedberg ein. Offene Wetterau stellt dafür Daten der Kommunen bereit.',
      'variants-society',
    );
    expect(entities.filter((e) => e.includes('Wetterau'))).toEqual(['ORGANISATION Verein Offene Wetterau']);
  });

  it('keeps a company and the equally named product its text types apart', async () => {
    const { entities } = await read(
      'Die Lernplattform Kursfabrik nutzen alle Schulen im Kreis. Betrieben wird sie von der Kursfabrik GmbH in Kassel.',
      'variants-product',
    );
    expect(entities.filter((e) => e.includes('Kursfabrik')).sort()).toEqual([
      'ORGANISATION Kursfabrik GmbH',
      'PLATFORM Lernplattform Kursfabrik',
    ]);
  });
});
