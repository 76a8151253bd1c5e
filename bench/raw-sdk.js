// The raw SDK alone, bundled by scripts/bench.mjs for the benchmark's raw side.
export { PluggyConnect } from 'pluggy-connect-sdk';
