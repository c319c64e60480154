/**
 * A service from before lemmas and morphology must not be used: its annotations lack them. The
 * stand-in answers /health exactly as NlpServer.java did then; nothing else is asked of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MORPHOLOGY } from '../../../src/nlp/annotation.ts';
import { NlpClient, serviceMismatch } from '../../../src/nlp/client.ts';
import { healthStandIn, HEALTH_BEFORE_MORPHOLOGY as OLD_HEALTH } from '../../support/nlp-health-stand-in.ts';

describe('serviceMismatch', () => {
  it('accepts the service this checkout runs', () => {
    expect(serviceMismatch({ ...OLD_HEALTH, morphology: MORPHOLOGY })).toBeUndefined();
  });

  it('names what differs: no morphology, another dictionary, another CoreNLP', () => {
    expect(serviceMismatch(OLD_HEALTH)).toMatch(
      /no morphology; this project expects .* german-pos-dict-1\.2\.2/,
    );
    expect(serviceMismatch({ ...OLD_HEALTH, morphology: 'german-pos-dict-1.0' })).toMatch(
      /german-pos-dict-1\.0/,
    );
    expect(serviceMismatch({ ...OLD_HEALTH, corenlp: '4.5.9', morphology: MORPHOLOGY })).toMatch(/4\.5\.9/);
  });
});

describe('the client with a service from before lemmas', () => {
  let standIn: Awaited<ReturnType<typeof healthStandIn>>;
  beforeAll(async () => {
    standIn = await healthStandIn(OLD_HEALTH);
  });
  afterAll(() => standIn.close());

  it('refuses it as NLP_FAILED before sending any text', async () => {
    const client = new NlpClient({
      url: `http://127.0.0.1:${standIn.port}`,
      concurrency: 1,
      timeoutMs: 5_000,
    });
    await expect(client.annotate('Den Vorsitz führte die Staatssekretärin.')).rejects.toMatchObject({
      code: 'NLP_FAILED',
      message: expect.stringMatching(/no morphology.*restart it/),
    });
  });
});
