/**
 * Asks whether the Connect app's server answers at all, beside the widget's own load. An iframe
 * cannot tell a server that is down (or an offline browser) from a slow app: without this, both
 * would only end in LOAD_TIMEOUT. A `no-cors` HEAD request neither needs nor logs CORS; its
 * status is unreadable, so a 404 is not detected here (see LOAD_TIMEOUT).
 *
 * Resolves with the reason when the server did not answer; undefined when it did, when `signal`
 * aborted (the load was decided meanwhile), or when the page's Content-Security-Policy blocked it
 * (it cannot tell then). The abort removes its listener, not its request: the connection the
 * request opened is to carry it.
 */
export async function unreachable(url: string, signal: AbortSignal): Promise<string | undefined> {
  const violations: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(event.blockedURI.replace(/\/$/, ''));
  document.addEventListener('securitypolicyviolation', onViolation, { signal });
  try {
    await fetch(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return undefined;
  } catch {
    // A policy violation is reported in a task of its own: let it arrive before deciding.
    await new Promise((resolve) => setTimeout(resolve));
    const blocked = violations.some((blockedUri) => blockedUri && url.startsWith(blockedUri));
    return signal.aborted || blocked ? undefined : `${url} did not answer (the server is down, the address is wrong, or the browser is offline)`;
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}
