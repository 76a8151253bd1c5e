// Patches how zoid leaves the widget's frames (verified with zoid 9.0.63 through
// pluggy-connect-sdk 2.14.2, see verified.ts):
// - zoid renders three iframes: the app's (named `__zoid__…`), a loading screen shown until the app
//   loads (then hidden with a class, still focusable), and a close detector; only the first is
//   for people, and none has a name that says what it is.
// - zoid hands a cross-origin child its props (the token, CPF, CNPJ) in its frame's `name`, as
//   base64 JSON, and never takes them off the page.
// To re-verify: open a widget and read the container's iframes (name, class, title, tabindex).

/** The accessible name of the widget's frame; end-to-end tests find it by it. */
export const frameTitle = 'Pluggy Connect';

/** Names the app's frame; keeps zoid's other frames out of the tab order and the accessibility tree. */
export function labelFrames(container: Element): void {
  for (const frame of container.querySelectorAll('iframe')) {
    if (frame.name.startsWith('__zoid__')) {
      frame.title = frameTitle;
    } else {
      frame.tabIndex = -1;
      frame.setAttribute('aria-hidden', 'true');
    }
  }
}

/** The app's frame in `container` (once zoid rendered it and labelFrames named it). */
export const appFrame = (container: Element) => container.querySelector<HTMLIFrameElement>(`iframe[title="${frameTitle}"]`);

/** Takes the props off the frames' names: the child has read them once it completed the handshake. */
export function clearFrameNames(container: Element): void {
  for (const frame of container.querySelectorAll('iframe[name^="__zoid__"]')) frame.removeAttribute('name');
}

/** Whether a message comes from one of the frames in `container`. */
export function isFrameIn(container: Element, source: MessageEventSource | null): boolean {
  return [...container.querySelectorAll('iframe')].some((frame) => frame.contentWindow === source);
}
