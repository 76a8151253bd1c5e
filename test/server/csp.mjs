/**
 * Serves the pages under `test/csp/` with the Content-Security-Policy the README documents for
 * the widget, with the test double (`http://127.0.0.1:<port>`) as the Connect app and the nonce
 * `test-nonce` for its inline styles.
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

export function cspPages() {
  return async function cspMiddleware(context, next) {
    await next();
    if (!context.path.startsWith('/test/csp/')) return;
    context.set('Content-Security-Policy', cspPolicy(`http://127.0.0.1:${context.URL.port}`, 'test-nonce'));
  };
}
