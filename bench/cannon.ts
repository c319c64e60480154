/** One bounded autocannon run against a loopback URL, reduced to the figures we report. */
import autocannon from 'autocannon';

export interface CannonResult {
  requestsPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export interface CannonOptions {
  url: string;
  body: unknown;
  connections: number;
  durationSec: number;
}

export async function fire(options: CannonOptions): Promise<CannonResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(options.url))
    throw new Error(`not a loopback URL: ${options.url}`);
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(options.body),
    connections: options.connections,
    duration: options.durationSec,
    timeout: 30,
  });
  return {
    requestsPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
