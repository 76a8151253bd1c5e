/**
 * Test-runner command `down-url`: the URL of a Connect server that is down, `http://127.0.0.1:<port>`
 * on a port where nothing listens (a server listened there a moment ago and closed). Not a port
 * browsers refuse to connect to (such as 9, "discard"): Firefox throws as the frame navigates
 * there, where a server that is down just does not answer.
 */
import { freePort } from '../../scripts/free-port.mjs';

export function downUrl() {
  return {
    name: 'down-url',
    async executeCommand({ command }) {
      if (command !== 'down-url') return undefined;
      return `http://127.0.0.1:${await freePort()}`;
    },
  };
}
