// `npm run build:examples`: type-checks and builds each framework example with that framework's
// own tools, into examples/<name>/dist/, for test/frameworks/. Needs the package built (dist/).
import { spawnSync } from 'node:child_process';

/** Per example: the commands, run in examples/<name>/. */
const examples = {
  vue: [['vue-tsc', '-p', '.'], ['vite', 'build']],
  svelte: [['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'], ['vite', 'build']],
  react: [['tsc', '-p', '.'], ['vite', 'build']],
  'react-18': [['tsc', '-p', '.'], ['vite', 'build']],
  angular: [['ng', 'build']],
};

for (const [name, commands] of Object.entries(examples)) {
  for (const [command, ...args] of commands) {
    console.log(`examples/${name}: ${command} ${args.join(' ')}`);
    const cwd = new URL(`../examples/${name}/`, import.meta.url);
    const { status } = spawnSync('npx', ['--no-install', command, ...args], { cwd, stdio: 'inherit' });
    if (status !== 0) process.exit(status ?? 1);
  }
}
