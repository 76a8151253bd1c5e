import { ApplicationConfig, TransferState, inject, mergeApplicationConfig, provideAppInitializer } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { connectUrlKey } from './connect-url';

const serverConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    // Every page, not only /, hands the browser the server's CONNECT_URL (see connect-url.ts): the
    // browser may reach / by a client-side navigation.
    provideAppInitializer(() => {
      const connectUrl = process.env['CONNECT_URL'];
      if (connectUrl) inject(TransferState).set(connectUrlKey, connectUrl);
    }),
  ],
};

export const config = mergeApplicationConfig(appConfig, serverConfig);
