// The dialog pattern around the widget, which zoid renders as a plain overlay: while it is visible,
// the page behind it is inert (Tab and Shift+Tab stay in the widget, screen readers read only the
// widget), and when the session ends, focus goes back where it was.

/** The focused element, inside shadow roots too. */
export function focused(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

export class PageGuard {
  /** The nodes this guard made inert: only those are released (the page's own inert ones stay). */
  readonly #inert: HTMLElement[] = [];

  /** `widget`: the widget's container; `frame`: the frame that takes focus when the widget shows. */
  constructor(
    private readonly widget: Element,
    private readonly frame: () => HTMLIFrameElement | null,
  ) {}

  /** Makes the page's other top-level nodes inert, and moves focus into the widget. */
  trap(): void {
    if (!this.#inert.length) {
      for (const node of document.body.children) {
        if (node !== this.widget && node instanceof HTMLElement && !node.inert) {
          node.inert = true;
          this.#inert.push(node);
        }
      }
    }
    const frame = this.frame();
    if (frame && document.activeElement !== frame) frame.focus();
  }

  /** Gives the page back exactly as it was. */
  release(): void {
    for (const node of this.#inert.splice(0)) node.inert = false;
  }

  /** Focuses `target` again, unless the page moved focus elsewhere meanwhile. */
  restoreFocus(target: HTMLElement | undefined): void {
    const active = document.activeElement;
    const lost = !active || active === document.body || this.widget.contains(active);
    if (lost && target?.isConnected) target.focus();
  }
}
