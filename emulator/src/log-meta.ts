// The meta tag through which the server that serves the emulator's page asks it for log lines
// (shared by the server and the page; see ui/log.ts).
export const logMetaName = 'pluggy-connect-emulator-log';

/** The meta tag a server puts in the page's head to receive the lines at `path` (POST, text). */
export const logMeta = (path: string) => `<meta name="${logMetaName}" content="${path}" />`;

/** A line the page posted, as the server logs it: one line, at most 500 characters. */
export const logLine = (body: string) => body.slice(0, 500).replace(/\s+/g, ' ');


/** Where, on the same server, the page reports each webhook it sent (JSON), and tests read them. */
export const webhooksPath = '/webhooks';
