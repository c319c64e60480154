/** Self time of a V8 `.cpuprofile`, summed per package (node_modules), per file of ours, or per runtime part. */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's self time is counted: `graphql`, `src/api/…/operation.ts`, `node:http`, `(garbage collector)`. */
export function bucketOf({ functionName, url }: ProfileNode['callFrame']): string | null {
  if (functionName === '(idle)') return null;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  const ours = url.indexOf('/src/');
  if (ours >= 0) return url.slice(ours + 1);
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[1] ?? url.slice(5)}`;
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  return '(other)';
}

/** Milliseconds of self time per bucket. */
export function selfTimeByBucket(file: string): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id);
    const bucket = frame ? bucketOf(frame) : null;
    if (bucket) out.set(bucket, (out.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}
