/**
 * Child process of bench/node-profile.ts: one server under test (argv[2]: 'ours' or 'floor'), so
 * its CPU time is its own. Sends `{ url }` over IPC once listening; exits on 'close' (with
 * `--cpu-prof`, Node writes the profile on that exit).
 */
import { buildApp } from '../src/app.ts';
import { benchConfig, driverFor } from './neo4j.ts';
import { buildOperations } from './operations.ts';
import { buildFloor } from './servers.ts';

const config = benchConfig({ RESPONSE_CACHE: 'false' });
const driver = driverFor(config);
const app =
  process.argv[2] === 'floor'
    ? await buildFloor(config, driver, buildOperations([]))
    : await buildApp(config, { driver, logger: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('no TCP address');
process.send?.({ url: `http://127.0.0.1:${address.port}` });
process.on('message', async (message) => {
  if (message !== 'close') return;
  await app.close();
  await driver.close();
  process.exit(0);
});
process.on('disconnect', () => process.exit(0));
