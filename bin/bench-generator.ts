// How long generating and destroying a resource takes (issue 8's target: under 10 seconds to
// generate): `npm run bench:generator`. Each run generates bin/generator-proof.ts's sample (every
// field type, a reference, the API) in a fresh copy of the checkout, then destroys it, timing
// both in this process — the command adds Node's start-up, about half a second. Figures of a run
// are kept in docs/benchmarks.md.
import path from 'node:path';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { copyCheckout } from '@/generators/resource/checkout';
import {
  destroyResource,
  generateResource,
  resourceToDestroy,
} from '@/generators/resource/generator';
import { PROOF_SAMPLE } from './generator-proof';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const generating: number[] = [];
const destroying: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const copy = copyCheckout(ROOT, 'widgets-generator-bench-');
  try {
    generating.push(timed(() => generateResource(copy, PROOF_SAMPLE)));
    destroying.push(timed(() => destroyResource(copy, resourceToDestroy(copy, PROOF_SAMPLE[0]!))));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
const figures = (values: number[]) =>
  `median ${Math.round(median(values))} ms, slowest ${Math.round(Math.max(...values))} ms`;
console.log(`Generating ${PROOF_SAMPLE[0]} (${RUNS} runs): ${figures(generating)}`);
console.log(`Destroying it: ${figures(destroying)}`);
