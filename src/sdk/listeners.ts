// Patches the SDK's listeners (verified with pluggy-connect-sdk 2.14.2, see verified.ts): every
// render adds a `window` `message` listener and a `document` `keydown` listener and never removes
// them; their closures keep the detached widget alive. The `message` one also checks a message's
// origin but not its sender. To re-verify: the SDK's `containerTemplate` (its two addEventListener
// calls and the literals 'CONTINUE_IN_BACKGROUND' and 'Escape' they contain).
type Listener = [target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions];

/**
 * The SDK's own listeners, recognised by type and by a string literal in their source (literals
 * survive minification). Every render adds one of each and never removes them; their closures
 * keep the detached iframe alive. zoid's page-wide `message` listener, added during the first
 * render too, must stay: it does not match.
 */
const sdkListeners: Array<{ target: () => EventTarget; type: string; marker: string }> = [
  { target: () => window, type: 'message', marker: 'CONTINUE_IN_BACKGROUND' },
  { target: () => document, type: 'keydown', marker: 'Escape' },
];

/**
 * Runs `render` (the SDK's `init()`, whose container template runs synchronously inside it)
 * while recording the listeners the SDK adds to `window` and `document`, and returns a function
 * that removes them. The recording is an own-property wrapper that exists only during the call.
 * The SDK's listeners get only the events `accept` lets through.
 */
export function captureSdkListeners(render: () => void, accept: (event: Event) => boolean): () => void {
  const captured: Listener[] = [];
  const restores = sdkListeners.map(({ target: targetOf, type, marker }) => {
    const target = targetOf();
    const own = Object.getOwnPropertyDescriptor(target, 'addEventListener');
    const original = target.addEventListener.bind(target);
    const recording: EventTarget['addEventListener'] = (addedType, listener, options) => {
      if (addedType === type && typeof listener === 'function' && String(listener).includes(marker)) {
        const guarded = (event: Event) => {
          if (accept(event)) listener(event);
        };
        captured.push([target, type, guarded, options]);
        original(type, guarded, options);
      } else {
        original(addedType, listener, options);
      }
    };
    Object.defineProperty(target, 'addEventListener', { value: recording, configurable: true, writable: true });
    return () => {
      if (own) Object.defineProperty(target, 'addEventListener', own);
      else delete (target as Partial<EventTarget>).addEventListener;
    };
  });
  try {
    render();
  } finally {
    for (const restore of restores) restore();
  }
  return () => {
    for (const [target, type, listener, options] of captured.splice(0)) target.removeEventListener(type, listener, options);
  };
}
