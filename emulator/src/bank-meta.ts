// The meta tag through which the emulator's server tells the page where its Open Finance bank is,
// and what the bank decides (shared by the server and the page; see ui/bank.ts). A page served by
// any other server has no bank: its Open Finance connectors connect without a consent.
export const bankMetaName = 'pluggy-connect-emulator-bank';

/** The meta tag a server puts in the page's head: the bank's origin. */
export const bankMeta = (origin: string) => `<meta name="${bankMetaName}" content="${origin}" />`;


/** What the person answered at the bank. */
export type Decision = 'approved' | 'denied';
