import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';

/**
 * One driver per process. Timeouts are short so that an outage surfaces within seconds as
 * DATABASE_UNAVAILABLE instead of requests hanging on the pool.
 */
export function createDriver(config: Pick<Config, 'neo4j'>): Driver {
  const { uri, user, password } = config.neo4j;
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => {} },
  });
}
