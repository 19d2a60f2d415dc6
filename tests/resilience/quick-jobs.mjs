// Loaded into a server under test (NODE_OPTIONS=--import): the scheduled jobs' first run, a minute
// after the start, comes a second after it instead, in every process that schedules one, so that a
// test sees within seconds how many processes run them. Every other timer keeps its delay.
import { promisify } from 'node:util';

const FIRST_RUN_MS = 60_000;
const QUICK_MS = 1_000;
const setTimeoutAsItWas = globalThis.setTimeout;

function quickSetTimeout(callback, delay, ...rest) {
  return setTimeoutAsItWas(callback, delay === FIRST_RUN_MS ? QUICK_MS : delay, ...rest);
}
quickSetTimeout[promisify.custom] = setTimeoutAsItWas[promisify.custom];
globalThis.setTimeout = quickSetTimeout;
