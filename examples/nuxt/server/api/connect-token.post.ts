import { mintToken } from 'pluggy-connect-emulator';

// Your backend's token endpoint: POST answers `{ accessToken }`, here with an emulator token for
// development and tests. In production it answers with `createConnectToken()` from `pluggy-sdk`.
export default defineEventHandler(() => ({ accessToken: mintToken() }));
