// Patches the SDK's styles (verified with pluggy-connect-sdk 2.14.2, see verified.ts): its container
// template adds the modal's CSS as a `<style>` without the nonce it is given, which a page's
// `style-src 'nonce-…'` blocks. To re-verify: the SDK's `containerTemplate` (`doc.createElement('style')`).
/**
 * Runs `render` (the SDK's `init()`) so that every `<style>` it creates in this document carries
 * `nonce`, which must be there before the element is inserted. The wrapper is an own property of
 * `document` during the call only.
 */
export function withStyleNonce(nonce: string | undefined, render: () => void): void {
  if (!nonce) {
    render();
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the overload set, not its deprecated tag-name overload
  const createElement = document.createElement.bind(document);
  Object.defineProperty(document, 'createElement', {
    configurable: true,
    value: (...args: [tagName: string, options?: ElementCreationOptions]) => {
      const element = createElement(...args);
      if (element instanceof HTMLStyleElement) element.nonce = nonce;
      return element;
    },
  });
  try {
    render();
  } finally {
    Reflect.deleteProperty(document, 'createElement');
  }
}
