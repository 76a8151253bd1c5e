import { css } from 'lit';

/**
 * The widget's look, sized for the SDK's 320×568 frame (and fullscreen on phones). Colours keep
 * WCAG AA contrast in both themes: the brand red carries white text, and a lighter red is used
 * for red text on the dark background.
 */
export const styles = css`
  :host {
    --background: #fff;
    --surface: #f4f5f7;
    --text: #1f2328;
    --muted: #525a66;
    --border: #d8dce2;
    --brand: #d01c43;
    --brand-hover: #b0163a;
    --brand-text: #b0163a;
    --success: #0f7b45;
    --warning: #8a5a00;
    --focus: #1d4ed8;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    height: 100vh;
    background: var(--background);
    color: var(--text);
    font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  :host([theme='dark']) {
    --background: #121212;
    --surface: #1f2227;
    --text: #f2f4f7;
    --muted: #b4bcc8;
    --border: #3a3f47;
    --brand-hover: #e0284f;
    --brand-text: #ff7d95;
    --success: #4ade80;
    --warning: #fbbf24;
    --focus: #93c5fd;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  header {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 8px;
    border-bottom: 1px solid var(--border);
  }
  .brand {
    flex: 1;
    display: flex;
    align-items: center;
    gap: 6px;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .brand svg {
    color: var(--brand-text);
  }
  .badge {
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: 1px 6px;
    border-radius: 999px;
    border: 1px solid var(--border);
    color: var(--muted);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    width: 36px;
    height: 36px;
    border: 0;
    border-radius: 8px;
    background: transparent;
    color: var(--muted);
  }
  .icon:hover {
    background: var(--surface);
    color: var(--text);
  }
  .spacer {
    width: 36px;
  }
  main {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 12px;
    padding: 16px 20px 0;
    overflow-y: auto;
    /* The connector rows reach 8px into the padding (.connectors); WebKit counts the padding
       beyond them, which would scroll the list 8px sideways. */
    overflow-x: hidden;
  }
  form {
    display: contents;
  }
  h1 {
    font-size: 20px;
    line-height: 1.25;
    margin: 0;
  }
  h1:focus {
    outline: none;
  }
  h2 {
    font-size: 13px;
    margin: 4px 0 0;
    color: var(--muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  p {
    margin: 0;
  }
  .muted,
  .fine {
    color: var(--muted);
  }
  .fine {
    font-size: 12.5px;
  }
  .hero {
    display: grid;
    place-items: center;
    width: 56px;
    height: 56px;
    border-radius: 16px;
    background: var(--surface);
    color: var(--brand-text);
  }
  .hero.success {
    color: var(--success);
  }
  .hero.warning {
    color: var(--warning);
  }
  .points {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 10px;
  }
  .points li {
    display: flex;
    gap: 10px;
    align-items: flex-start;
  }
  .points svg {
    flex: none;
    color: var(--brand-text);
    margin-top: 2px;
  }
  .tags {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .tags li {
    font-size: 13px;
    padding: 2px 10px;
    border-radius: 999px;
    background: var(--surface);
  }
  /* The screen's actions stay in view at the bottom while the content above scrolls. */
  .actions {
    position: sticky;
    bottom: 0;
    margin-top: auto;
    display: grid;
    gap: 8px;
    padding: 12px 0 20px;
    background: var(--background);
  }
  .primary,
  .secondary {
    width: 100%;
    min-height: 44px;
    border-radius: 10px;
    font-weight: 600;
  }
  .primary {
    border: 0;
    background: var(--brand);
    color: #fff;
  }
  /* A link that looks like the primary button (the bank's link when the browser blocked its window). */
  a.primary {
    display: grid;
    place-items: center;
    text-decoration: none;
  }
  .primary:hover {
    background: var(--brand-hover);
  }
  .secondary {
    border: 1px solid var(--border);
    background: transparent;
  }
  label {
    display: grid;
    gap: 4px;
    font-weight: 600;
    font-size: 14px;
  }
  input {
    font: inherit;
    font-weight: 400;
    color: var(--text);
    background: var(--background);
    border: 1px solid var(--muted);
    border-radius: 10px;
    padding: 10px 12px;
    width: 100%;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .connectors {
    list-style: none;
    padding: 0;
    margin: 0 -8px;
    display: grid;
    gap: 2px;
  }
  /* A row per connector: its button's click area stretches over the whole row. */
  .connector {
    position: relative;
    display: grid;
    grid-template-columns: 40px 1fr;
    column-gap: 12px;
    align-items: center;
    padding: 8px;
    border-radius: 10px;
  }
  .connector:hover,
  .connector:focus-within {
    background: var(--surface);
  }
  .connector:focus-within {
    outline: 3px solid var(--focus);
    outline-offset: -3px;
  }
  .connector img {
    grid-row: span 2;
    border-radius: 10px;
  }
  .connector button {
    justify-self: start;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: left;
  }
  .connector button::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .connector button:focus-visible {
    outline: none;
  }
  .connector .meta {
    font-size: 13px;
    color: var(--muted);
  }
  .institution {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .institution img {
    border-radius: 12px;
  }
  .hint {
    font-size: 13px;
    padding: 8px 10px;
    border-radius: 8px;
    background: var(--surface);
    color: var(--muted);
  }
  progress {
    appearance: none;
    width: 100%;
    height: 8px;
    border: 0;
    border-radius: 999px;
    overflow: hidden;
    background: var(--surface);
  }
  progress::-webkit-progress-bar {
    background: var(--surface);
  }
  progress::-webkit-progress-value {
    background: var(--brand);
    transition: width 0.3s;
  }
  progress::-moz-progress-bar {
    background: var(--brand);
  }
  .spinner {
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  code {
    font-family: ui-monospace, monospace;
  }
`;
