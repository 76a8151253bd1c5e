// The widget's place on the page: a <dialog> of its own at the end of <body>, opened with
// showModal(). That makes it the top layer's newest entry, above the page's own modal dialogs and
// any z-index or transform, and the browser makes the rest of the page inert (Tab stays in the
// widget, screen readers read only it) without the element marking any node of the page. zoid
// renders the widget into it (it cannot render inside a shadow root). While the widget shows,
// focus is in it; when the session ends, it goes back where it was.

/** The focused element, inside shadow roots too. */
function focused(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * The dialog covers the viewport and is invisible itself (the SDK draws the overlay inside it), and
 * so is its backdrop: the SDK's overlay dims the page already. Styles set through the CSSOM and a
 * constructed sheet need no CSP nonce.
 */
const layout = 'position:fixed;inset:0;width:100%;height:100%;max-width:none;max-height:none;margin:0;padding:0;border:0;background:none;overflow:visible';
const backdrop = new CSSStyleSheet();
backdrop.replaceSync('dialog[data-pluggy-connect]::backdrop{background:none}');

export class TopLayer {
  readonly dialog = document.createElement('dialog');
  /** Closed on purpose while the widget is minimised (a closed dialog is not shown). */
  #hidden = false;
  /** Where focus goes back to when the session ends: what had it when the widget opened. */
  readonly #returnFocus = focused();

  /**
   * Opens the dialog. `dismissed`: the browser closed it (Escape while the page had the focus,
   * which closes a modal dialog by itself): the session ends.
   */
  constructor(label: string, dismissed: () => void) {
    const { dialog } = this;
    dialog.dataset.pluggyConnect = '';
    dialog.setAttribute('aria-label', label);
    dialog.style.cssText = layout;
    dialog.addEventListener('close', () => this.#hidden || dialog.open || dismissed());
    document.body.append(dialog);
    document.adoptedStyleSheets.push(backdrop);
    dialog.showModal();
  }

  /** The widget is visible: the dialog modal again, and focus on `frame` (the widget's). */
  show(frame: HTMLElement | null): void {
    this.#hidden = false;
    if (!this.dialog.open && this.dialog.isConnected) this.dialog.showModal();
    if (frame && document.activeElement !== frame) frame.focus();
  }

  /** The widget is minimised: the page is the page again. */
  hide(): void {
    this.#hidden = true;
    this.dialog.close();
  }

  /**
   * The session is over (its widget removes the dialog): focus goes back, unless the page moved it
   * meanwhile; to a trigger that is being moved, once it is in the document again.
   */
  release(): void {
    // Out of the top layer at once (the dialog itself may go a moment later): the page takes focus again.
    this.hide();
    const sheets = document.adoptedStyleSheets;
    if (sheets.includes(backdrop)) sheets.splice(sheets.indexOf(backdrop), 1);
    const target = this.#returnFocus;
    const restore = () => {
      const active = document.activeElement;
      if ((!active || active === document.body || this.dialog.contains(active)) && target?.isConnected) target.focus();
    };
    if (target?.isConnected) restore();
    else setTimeout(restore);
  }
}
