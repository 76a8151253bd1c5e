// The versions of the SDK and of zoid that the workarounds in this folder were verified against.
// test/node/sdk-versions.test.mjs fails when the installed versions differ: an upgrade is re-verified
// on purpose (each file's header says what to check), then recorded here and in package.json.
export const verified = { 'pluggy-connect-sdk': '2.14.2', zoid: '9.0.63' } as const;
