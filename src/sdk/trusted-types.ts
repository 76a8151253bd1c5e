// Patches the SDK's templates for pages that enforce Trusted Types (verified with pluggy-connect-sdk
// 2.14.2 and zoid 9.0.63, see verified.ts): under `require-trusted-types-for 'script'`, assigning a
// string to `innerHTML` throws, and the SDK does it three times during `init()`: its container
// template sets the modal's `<div>` and its `<style>`, and its prerender template sets an `<html>`
// made in zoid's loading frame, an `about:blank` frame that has the page's policy and loads (so zoid
// prerenders) during `init()` (a frame without `src` loads as it is inserted). zoid itself writes no
// HTML. The strings go through the element's own policy, `pluggy-connect`, which a page's
// `trusted-types` directive must allow. To re-verify: the SDK's templates (`.innerHTML =`) and
// test/trusted-types.test.ts.

interface Policy {
  createHTML(html: string): unknown;
}

/** The element's own policy (never a `default` one), created at the first widget; null without Trusted Types. */
let policy: Policy | null | undefined;

function ownPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(html: string): string }): Policy } }).trustedTypes;
  try {
    policy = factory?.createPolicy('pluggy-connect', { createHTML: (html) => html }) ?? null;
  } catch {
    policy = null; // the page's `trusted-types` directive does not allow it: tried once
  }
  return policy;
}

/**
 * Runs `render` (the SDK's `init()`) so that the HTML strings it assigns to `innerHTML` pass through
 * the element's own policy: only on elements made during the call, by this document or by the
 * documents of the frames that load in `container` meanwhile. Every wrapper is an own property that
 * exists during the call only.
 */
export function withTrustedHtml(container: Element, render: () => void): void {
  const trusted = ownPolicy();
  if (!trusted) {
    render();
    return;
  }
  const undo: Array<() => void> = [];
  const own = (target: object, key: string, descriptor: PropertyDescriptor) => {
    const previous = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { ...descriptor, configurable: true });
    undo.push(() => (previous ? Object.defineProperty(target, key, previous) : Reflect.deleteProperty(target, key)));
  };
  const trust = (doc: Document) => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the overload set, not its deprecated tag-name overload
    const createElement = doc.createElement.bind(doc);
    own(doc, 'createElement', {
      value: (...args: [tagName: string, options?: ElementCreationOptions]) => {
        const element = createElement(...args);
        const inherited = Object.getPrototypeOf(element) as object;
        own(element, 'innerHTML', {
          get: (): unknown => Reflect.get(inherited, 'innerHTML', element),
          set: (html: unknown) => Reflect.set(inherited, 'innerHTML', typeof html === 'string' ? trusted.createHTML(html) : html, element),
        });
        return element;
      },
    });
  };
  // A frame's `load` reaches the container's capture listener before zoid's own.
  const onLoad = ({ target }: Event) => {
    const doc = target instanceof HTMLIFrameElement && target.contentDocument;
    if (doc) trust(doc);
  };
  trust(document);
  container.addEventListener('load', onLoad, true);
  try {
    render();
  } finally {
    container.removeEventListener('load', onLoad, true);
    for (const step of undo.reverse()) step();
  }
}
