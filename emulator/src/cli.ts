#!/usr/bin/env node
// `npx pluggy-connect-emulator [--port 4010] [--host 127.0.0.1]`: the Connect emulator on an origin
// of its own, for the demo of an app and its end-to-end tests. Ctrl+C (SIGINT) or SIGTERM stops it.
import { parseArgs } from 'node:util';
import { serveEmulator } from './server.js';

const usage = `Usage: pluggy-connect-emulator [--port <port>] [--host <host>]

Serves the Pluggy Connect emulator at the root of http://<host>:<port>/ and prints the
connect-url to give <pluggy-connect>. Defaults: --port 4010, --host 127.0.0.1.`;

function options(): { port: number; host: string } {
  try {
    const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    const port = Number(values.port ?? 4010);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port ?? ''} is not a port number`);
    return { port, host: values.host ?? '127.0.0.1' };
  } catch (error) {
    console.error(`pluggy-connect-emulator: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}

const time = () => new Date().toISOString().slice(11, 19);

try {
  const emulator = await serveEmulator({ ...options(), log: (line) => console.log(`${time()} ${line}`) });
  console.log(`Pluggy Connect emulator on ${emulator.url}/\nconnect-url="${emulator.url}"  (Ctrl+C stops it)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void emulator.close().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(`pluggy-connect-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
