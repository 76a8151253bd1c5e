// The child side of the SDK's protocol, for the Connect emulator (which plays the hosted Connect
// app): `initialize()` gives the app's frame `window.xprops`, the options and callbacks the page
// passed. Not a workaround; here because only this folder touches the SDK.
export { initialize } from 'pluggy-connect-sdk/dist/module/pluggy-connect.js';
export type { PluggyConnectProps } from 'pluggy-connect-sdk';
