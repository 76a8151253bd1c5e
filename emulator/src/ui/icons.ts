import { svg, type SVGTemplateResult } from 'lit';

/** Decorative icons (hidden from assistive technology: the text next to them says it all). */
function icon(size: number, content: SVGTemplateResult, className = '') {
  return svg`<svg class=${className} width=${size} height=${size} viewBox="0 0 24 24" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${content}</svg>`;
}

export const icons = {
  logo: icon(22, svg`<circle cx="12" cy="12" r="9" /><path d="M9 8v8M9 8h4a3 3 0 0 1 0 6H9" />`),
  back: icon(22, svg`<path d="M15 18l-6-6 6-6" />`),
  close: icon(22, svg`<path d="M18 6L6 18M6 6l12 12" />`),
  minimise: icon(22, svg`<path d="M6 18h12" />`),
  lock: icon(30, svg`<rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V8a4 4 0 0 1 8 0v3" />`),
  shield: icon(20, svg`<path d="M12 3l7 3v6c0 4.5-3 7.5-7 9-4-1.5-7-4.5-7-9V6z" /><path d="M9 12l2 2 4-4" />`),
  toggle: icon(20, svg`<rect x="3" y="7" width="18" height="10" rx="5" /><circle cx="16" cy="12" r="2.5" />`),
  check: icon(30, svg`<circle cx="12" cy="12" r="9" /><path d="M8 12l3 3 5-6" />`),
  error: icon(30, svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v6M12 16.5v.5" />`),
  clock: icon(30, svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`),
  spinner: icon(30, svg`<path d="M12 3a9 9 0 1 0 9 9" />`, 'spinner'),
};
