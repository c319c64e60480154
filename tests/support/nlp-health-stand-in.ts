import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ANNOTATORS, CORENLP_VERSION } from '../../src/nlp/annotation.ts';

/** GET /health as NlpServer.java answered it before lemmas and morphology. */
export const HEALTH_BEFORE_MORPHOLOGY = {
  status: 'ok',
  ready: true,
  corenlp: CORENLP_VERSION,
  annotators: ANNOTATORS,
};

/**
 * An HTTP server on a free loopback port that answers GET /health with `health` and 404 otherwise:
 * a stand-in for an older service, for the tests that check it is refused before any text is sent.
 */
export async function healthStandIn(health: object): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const found = req.url === '/health';
    res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(found ? health : { error: { code: 'NOT_FOUND', message: 'No such route.' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
