/**
 * Serves the pages under `test/csp/` with the Content-Security-Policy docs/csp.md documents for
 * the widget, with the test double (`http://127.0.0.1:<port>`) as the Connect app and the nonce
 * `test-nonce` for its inline styles. With `?trusted-types`, that policy with Trusted Types
 * enforced too, and the policies docs/csp.md asks such a page to allow.
 */
export function cspPolicy(connectOrigin, nonce) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'nonce-${nonce}'`,
    `frame-src ${connectOrigin}`,
    `connect-src 'self' ${connectOrigin}`,
  ].join('; ');
}

/** The documented policy on a page that enforces Trusted Types. */
export function trustedTypesPolicy(connectOrigin, nonce) {
  return [cspPolicy(connectOrigin, nonce), "require-trusted-types-for 'script'", 'trusted-types lit-html pluggy-connect'].join('; ');
}

export function cspPages() {
  return async function cspMiddleware(context, next) {
    await next();
    if (!context.path.startsWith('/test/csp/')) return;
    const policy = 'trusted-types' in context.query ? trustedTypesPolicy : cspPolicy;
    context.set('Content-Security-Policy', policy(`http://127.0.0.1:${context.URL.port}`, 'test-nonce'));
  };
}
