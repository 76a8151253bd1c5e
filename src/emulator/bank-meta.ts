// The meta tag through which the emulator's server tells the page where its Open Finance bank is
// (shared by the server and the page; see ui/bank.ts). A page served by any other server has no
// bank: its Open Finance connectors connect without a consent.
const name = 'pluggy-connect-emulator-bank';

/** The meta tag a server puts in the page's head: the bank's origin. */
export const bankMeta = (origin: string) => `<meta name="${name}" content="${origin}" />`;

/** The bank's origin, if the server serves one. */
export const bankEndpoint = (document: Document) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
