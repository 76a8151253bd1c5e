/// <reference types="vinxi/types/client" />

interface ImportMetaEnv {
  /** The Connect emulator's URL (npx pluggy-connect-emulator), in development and tests. */
  readonly VITE_CONNECT_URL?: string;
}
