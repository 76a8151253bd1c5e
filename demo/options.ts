import { html, render } from 'lit';
import type { OptionAttributes } from '../src/options.js';

/**
 * An attribute of `<pluggy-connect>`: a name the element does not have fails the type-check.
 * `open-finance-parameters` is a secret, which the template typings leave out; the element reads it.
 */
type Attribute = keyof OptionAttributes | 'open-finance-parameters' | 'preload';

/** A form control for one attribute of `<pluggy-connect>` (the table in docs/api.md, less the token and URL). */
type Control =
  | { attribute: Attribute; kind: 'boolean'; checked?: boolean }
  | { attribute: Attribute; kind: 'text'; placeholder: string }
  | { attribute: Attribute; kind: 'select'; choices: string[] };

export const controls: Control[] = [
  { attribute: 'include-sandbox', kind: 'boolean', checked: true },
  { attribute: 'allow-connect-in-background', kind: 'boolean' },
  { attribute: 'allow-fullscreen', kind: 'select', choices: ['', 'false'] },
  { attribute: 'update-item', kind: 'text', placeholder: 'an item id' },
  { attribute: 'selected-connector-id', kind: 'text', placeholder: '0' },
  { attribute: 'connector-types', kind: 'text', placeholder: 'PERSONAL_BANK BUSINESS_BANK' },
  { attribute: 'products', kind: 'text', placeholder: 'ACCOUNTS TRANSACTIONS' },
  { attribute: 'connector-ids', kind: 'text', placeholder: '0, 601' },
  { attribute: 'countries', kind: 'text', placeholder: 'BR MX' },
  { attribute: 'language', kind: 'select', choices: ['', 'pt', 'en', 'es'] },
  { attribute: 'theme', kind: 'select', choices: ['', 'light', 'dark'] },
  { attribute: 'open-finance-parameters', kind: 'text', placeholder: '{"cpf":"123.456.789-09"}' },
  { attribute: 'force-oauth-in-browser', kind: 'boolean' },
  { attribute: 'force-ask-for-credentials', kind: 'boolean' },
  { attribute: 'connector-sort-alphabetically', kind: 'boolean' },
  { attribute: 'token-url', kind: 'text', placeholder: '/api/connect-token' },
  { attribute: 'load-timeout', kind: 'text', placeholder: '30000' },
  { attribute: 'csp-nonce', kind: 'text', placeholder: 'a nonce of your page' },
  { attribute: 'preload', kind: 'select', choices: ['', 'intent', 'idle', 'none'] },
];

function control(item: Control) {
  switch (item.kind) {
    case 'boolean':
      return html`<label class="check"><input type="checkbox" name=${item.attribute} ?checked=${item.checked} /> ${item.attribute}</label>`;
    case 'text':
      return html`<label>${item.attribute} <input name=${item.attribute} placeholder=${item.placeholder} /></label>`;
    case 'select':
      return html`<label
        >${item.attribute}
        <select name=${item.attribute}>
          ${item.choices.map((choice) => html`<option value=${choice}>${choice || '(default)'}</option>`)}
        </select></label
      >`;
  }
}

/** Renders the controls into `form`, and keeps `target`'s attributes equal to them, live. */
export function bindOptions(form: HTMLFormElement, target: HTMLElement, onChange: () => void): void {
  render(controls.map(control), form);
  const apply = (input: HTMLInputElement | HTMLSelectElement) => {
    const value = input instanceof HTMLInputElement && input.type === 'checkbox' ? (input.checked ? '' : null) : input.value.trim() || null;
    if (value === null) target.removeAttribute(input.name);
    else target.setAttribute(input.name, value);
  };
  for (const input of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) apply(input);
  form.addEventListener('input', (event) => {
    apply(event.target as HTMLInputElement | HTMLSelectElement);
    onChange();
  });
}
