// The meta tag through which the server that serves the emulator's page asks it for log lines
// (shared by the server and the page; see ui/log.ts).
const name = 'pluggy-connect-emulator-log';

/** The meta tag a server puts in the page's head to receive the lines at `path` (POST, text). */
export const logMeta = (path: string) => `<meta name="${name}" content="${path}" />`;

/** The path the page posts its lines to, if the server asked for them. */
export const logEndpoint = (document: Document) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
