// Connect tokens for the demo page. Without Pluggy credentials in the environment, emulator
// tokens (offline); with PLUGGY_CLIENT_ID and PLUGGY_CLIENT_SECRET, real ones from the Pluggy
// API through the official backend SDK, `pluggy-sdk`, loaded only then.
import { loadTs } from '../../scripts/load-ts.mjs';

const { mintToken } = await loadTs('emulator/src/token.ts');

/** Which tokens this server mints: `pluggy` when the environment has Pluggy credentials. */
export function tokenSource(env = process.env) {
  return env.PLUGGY_CLIENT_ID && env.PLUGGY_CLIENT_SECRET ? 'pluggy' : 'emulator';
}

let client;

async function pluggyClient(env) {
  if (!client) {
    const { PluggyClient } = await import('pluggy-sdk');
    client = new PluggyClient({ clientId: env.PLUGGY_CLIENT_ID, clientSecret: env.PLUGGY_CLIENT_SECRET });
  }
  return client;
}

/**
 * A connect token, as `createConnectToken()` returns it (`{ accessToken }`). `itemId` asks for a
 * token that updates that item. Emulator tokens send webhooks to this server's `/webhooks`;
 * real ones to PLUGGY_WEBHOOK_URL (the API only calls public https URLs), if set.
 */
export async function createConnectToken({ itemId, origin, clientUserId = 'demo-user', env = process.env }) {
  if (tokenSource(env) === 'emulator') return { accessToken: mintToken({ webhookUrl: `${origin}/webhooks`, clientUserId }) };
  const pluggy = await pluggyClient(env);
  return pluggy.createConnectToken(itemId || undefined, { clientUserId, webhookUrl: env.PLUGGY_WEBHOOK_URL || undefined });
}
