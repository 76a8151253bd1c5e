/**
 * Test-runner command `ssr-render`: `<pluggy-connect>` rendered by Lit's SSR (@lit-labs/ssr) from
 * the build (dist/, as an app's server imports the package), with the payload's `language` as its
 * attribute; returns the HTML, declarative shadow DOM included. It renders in a child Node process
 * (this file, run as a script): the DOM shim SSR installs on the global scope stays out of the test
 * runner's own process.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const script = fileURLToPath(import.meta.url);

export function ssrRender() {
  return {
    name: 'ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      const { stdout } = await promisify(execFile)(process.execPath, [script, JSON.stringify(payload ?? {})]);
      return stdout;
    },
  };
}

// The child: node test/server/ssr.mjs '{"language":"en"}' prints the HTML.
if (process.argv[1] === script) {
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const { ifDefined } = await import('lit/directives/if-defined.js');
  await import('pluggy-connect-element');
  const { language } = JSON.parse(process.argv[2] ?? '{}');
  process.stdout.write(await collectResult(render(html`<pluggy-connect language=${ifDefined(language)}></pluggy-connect>`)));
}
