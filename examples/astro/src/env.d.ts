interface ImportMetaEnv {
  /** The Connect emulator's URL (npx pluggy-connect-emulator), in development and tests. */
  readonly PUBLIC_CONNECT_URL?: string;
}
