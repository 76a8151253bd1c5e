#!/usr/bin/env node
// `npx pluggy-connect-emulator [--port 4010] [--host 127.0.0.1] [--bank-port 4011]`: the Connect
// emulator on an origin of its own, and its Open Finance bank on another, for the demo of an app and
// its end-to-end tests. Ctrl+C (SIGINT) or SIGTERM stops it.
import { parseArgs } from 'node:util';
import { serveEmulator } from './server.js';

const usage = `Usage: pluggy-connect-emulator [--port <port>] [--host <host>] [--bank-port <port>]

Serves the Pluggy Connect emulator at the root of http://<host>:<port>/ and prints the
connect-url to give <pluggy-connect>; its Open Finance bank listens on --bank-port.
Defaults: --port 4010, --bank-port the next port (a free one with --port 0), --host 127.0.0.1.`;

function portOf(flag: string, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${flag} ${value} is not a port number`);
  return port;
}

function options(): { port: number; bankPort?: number; host: string } {
  try {
    const { values } = parseArgs({
      options: { port: { type: 'string' }, 'bank-port': { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    const bankPort = values['bank-port'];
    return {
      port: portOf('--port', values.port ?? '4010'),
      bankPort: bankPort === undefined ? undefined : portOf('--bank-port', bankPort),
      host: values.host ?? '127.0.0.1',
    };
  } catch (error) {
    console.error(`pluggy-connect-emulator: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}

const time = () => new Date().toISOString().slice(11, 19);

try {
  const emulator = await serveEmulator({ ...options(), log: (line) => console.log(`${time()} ${line}`) });
  console.log(`Pluggy Connect emulator on ${emulator.url}/\nconnect-url="${emulator.url}"  (Ctrl+C stops it)\nOpen Finance bank on ${emulator.bankUrl}/`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void emulator.close().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(`pluggy-connect-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
