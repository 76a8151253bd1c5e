import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';
import express from 'express';
import { join } from 'node:path';
import { mintToken } from 'pluggy-connect-emulator';

const browserDistFolder = join(import.meta.dirname, '../browser');

const app = express();
const angularApp = new AngularNodeAppEngine();

/**
 * Your backend's token endpoint: `<pluggy-connect token-url>` POSTs here and reads `accessToken`.
 * This example mints a token of the Connect emulator; production code answers with
 * `await pluggyClient.createConnectToken()` from `pluggy-sdk` instead.
 */
app.post('/api/connect-token', (_request, response) => {
  response.json({ accessToken: mintToken() });
});

// The browser bundles; every other request is rendered by Angular.
app.use(express.static(browserDistFolder, { maxAge: '1y', index: false, redirect: false }));

app.use((request, response, next) => {
  angularApp
    .handle(request)
    .then((rendered) => (rendered ? writeResponseToNodeResponse(rendered, response) : next()))
    .catch(next);
});

if (isMainModule(import.meta.url)) {
  const port = process.env['PORT'] || 4000;
  app.listen(port, (error) => {
    if (error) throw error;
    console.log(`Node Express server listening on http://localhost:${port}`);
  });
}

/** The request handler of the Angular CLI's dev server and build. */
export const reqHandler = createNodeRequestHandler(app);
