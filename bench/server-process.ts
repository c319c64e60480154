/**
 * Child process hosting the four servers, so autocannon (in the parent) does not share an
 * event loop with the server it measures. Protocol over IPC: argv[2] is the JSON list of relation
 * types in the graph; the child sends `{ urls }` once listening and closes on `'close'`.
 */
import { benchConfig } from './neo4j.ts';
import { buildOperations } from './operations.ts';
import { startServers } from './servers.ts';

const relationTypes = JSON.parse(process.argv[2] ?? '[]') as string[];
const servers = await startServers(
  benchConfig(),
  benchConfig({ RESPONSE_CACHE: 'false' }),
  buildOperations(relationTypes),
);
process.send?.({ urls: servers.urls });
process.on('message', async (message) => {
  if (message === 'close') {
    await servers.close();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
