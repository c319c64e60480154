import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PIPELINE_VERSION } from '../../src/nlp/annotation.ts';
import { createAnnotator } from '../../src/nlp/annotator.ts';
import { chunkText } from '../../src/nlp/chunk.ts';
import { NlpClient } from '../../src/nlp/client.ts';
import { testConfig } from '../support/context.ts';

const { url } = inject('nlp');
const client = (options: { maxChunkChars?: number } = {}) =>
  new NlpClient({ url, concurrency: 2, timeoutMs: 120_000, ...options });

const TEXT =
  '😀 Außerdem betreibt die Hessische Zentrale für Datenverarbeitung seit 2024 die Plattform ' +
  '„Hessen-Portal“ in Hünfeld. Staatssekretär Stefan Sauer eröffnete am Montag das Rechenzentrum ' +
  'an der Großen Straße.';

/** Whether a TCP connection to host:port opens (the service answering there at all). */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

const nonLoopback = Object.values(os.networkInterfaces())
  .flat()
  .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
  .map((a) => a?.address as string);
const managedHere = new URL(url).hostname === '127.0.0.1';

describe('the German NLP service', () => {
  it('answers on 127.0.0.1 once its models are loaded', async () => {
    expect(await client().ready()).toBe(true);
  });

  it.skipIf(!managedHere || nonLoopback.length === 0)(
    `does not answer on this machine's network addresses (${nonLoopback.join(', ') || 'none: skipped'})`,
    async () => {
      const port = Number(new URL(url).port);
      expect(await connects('127.0.0.1', port)).toBe(true);
      for (const address of nonLoopback) expect(await connects(address, port)).toBe(false);
    },
  );

  it('finds people, subjects and objects, with offsets that slice the posted text', async () => {
    const annotation = await client().annotate(TEXT);
    expect(annotation.version).toBe(PIPELINE_VERSION);
    const [first, second] = annotation.sentences;
    expect(second?.entities).toContainEqual(expect.objectContaining({ ner: 'PERSON', text: 'Stefan Sauer' }));

    const arc = (sentence: typeof first, dep: string) => {
      const token = sentence?.tokens.find((t) => t.dep === dep);
      return token && { word: token.word, head: sentence?.tokens[token.head]?.word };
    };
    expect(arc(first, 'nsubj')).toEqual({ word: 'Zentrale', head: 'betreibt' });
    expect(arc(first, 'obj')).toEqual({ word: 'Plattform', head: 'betreibt' });
    expect(arc(second, 'obj')).toEqual({ word: 'Rechenzentrum', head: 'eröffnete' });

    const tokens = annotation.sentences.flatMap((s) => s.tokens);
    const sliced = tokens.map((t) => TEXT.slice(t.start, t.end));
    for (const word of ['😀', 'Außerdem', '„', 'Hünfeld', '“', 'Straße']) expect(sliced).toContain(word);
    // Every token is its own source text, except the parts of a contraction ("am" → "an", "dem").
    const contracted = tokens.filter((t, i) => sliced[i] !== t.word).map((t) => t.word);
    expect(contracted).toEqual(['an', 'dem']);
    for (const entity of annotation.sentences.flatMap((s) => s.entities)) {
      expect(TEXT.slice(entity.start, entity.end)).toBe(entity.text);
    }
  });

  it('gives the same annotation whether a long text is sent whole or in paragraph chunks', async () => {
    const seed = path.join(import.meta.dirname, '../../seeds/documents/digitale-verwaltung-hessen-2023.txt');
    const full = await readFile(seed, 'utf8');
    const text = full.slice(0, full.indexOf('\n\n', 6_000)); // about a third: enough paragraphs
    const whole = await client({ maxChunkChars: 1_000_000 }).annotate(text);
    const chunked = await client({ maxChunkChars: 1_500 }).annotate(text);
    expect(chunkText(text, 1_500).length).toBeGreaterThan(4);
    const spans = (a: typeof whole) => a.sentences.flatMap((s) => s.tokens.map((t) => `${t.start}:${t.end}`));
    expect(spans(chunked)).toEqual(spans(whole));
    expect(chunked.sentences.flatMap((s) => s.entities)).toEqual(whole.sentences.flatMap((s) => s.entities));
  });
});

describe('the annotation cache', () => {
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'nlp-cache-'));
  });
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('annotates an unchanged text once, and a changed text again', async () => {
    const annotator = createAnnotator(testConfig({ NLP_CACHE_DIR: cacheDir }));
    const served = async () => (await client().stats()).requests;

    const before = await served();
    const first = await annotator.annotate(TEXT);
    const afterFirst = await served();
    expect(afterFirst).toBeGreaterThan(before);

    expect(await annotator.annotate(TEXT)).toEqual(first);
    expect(await served()).toBe(afterFirst);

    await annotator.annotate(`${TEXT} Die HZD entwickelte die Hessen-App.`);
    expect(await served()).toBeGreaterThan(afterFirst);
    expect(annotator.stats).toEqual({ hits: 1, misses: 2 });
  });
});

describe('errors', () => {
  it('reports a service that does not answer as NLP_UNAVAILABLE', async () => {
    const closed = new NlpClient({ url: 'http://127.0.0.1:9', concurrency: 1, timeoutMs: 5_000 });
    await expect(closed.annotate('Text')).rejects.toMatchObject({ code: 'NLP_UNAVAILABLE', status: 503 });
  });

  it('answers bad requests with a 4xx JSON error', async () => {
    const post = (body: BodyInit, type = 'text/plain; charset=utf-8') =>
      fetch(`${url}/annotate`, { method: 'POST', headers: { 'content-type': type }, body });
    const cases: Array<[Promise<Response>, number, string]> = [
      [post('{"text":"x"}', 'application/json'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [post(new Uint8Array([0x48, 0xff, 0xfe])), 400, 'BAD_ENCODING'],
      [post('a'.repeat(1_000_001)), 413, 'PAYLOAD_TOO_LARGE'],
      [fetch(`${url}/annotate`), 405, 'METHOD_NOT_ALLOWED'],
      [fetch(`${url}/nothing`), 404, 'NOT_FOUND'],
    ];
    for (const [request, status, code] of cases) {
      const response = await request;
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
    }
  });
});
