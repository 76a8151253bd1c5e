// The emulator's API for an app's end-to-end tests, in Node and in browsers.
import { connectors, mintToken, type EmulatedWebhook } from 'pluggy-connect-emulator';
import { serveEmulator } from 'pluggy-connect-emulator/server';

export const token: string = mintToken({ webhookUrl: 'http://localhost:3000/webhooks' });
export const sandbox = connectors.find((connector) => connector.isSandbox)?.id satisfies number | undefined;
export const event = (webhook: EmulatedWebhook) => webhook.event satisfies `item/${string}`;
export const url = serveEmulator({ port: 0 }).then((emulator) => emulator.url satisfies string);

// @ts-expect-error the lifetime is a number of seconds
mintToken({ expiresIn: '30m' });
