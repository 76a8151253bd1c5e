// Patches the SDK's scroll lock (verified with pluggy-connect-sdk 2.14.2, see verified.ts): while
// the widget is visible, the SDK puts `<uid>_has-modal-visible` on `<body>` (its CSS hides the page's
// scrollbar). Its `destroy()` leaves the class behind, and for a minimised widget it takes the class
// off only when the widget's message comes from exactly its `url`, which a `connect-url` with a path
// or query never matches. To re-verify: the SDK's `containerTemplate` (modalVisibleClassName).

/** Takes the SDK's scroll-lock class of the widget in `container` off `<body>`. */
export function unlockScroll(container: Element): void {
  // zoid names the widget's root after its uid, and so does the SDK's class.
  const uid = container.firstElementChild?.id;
  if (uid) document.body.classList.remove(`${uid}_has-modal-visible`);
}
