import type { LitElement } from 'lit';
import type { PluggyConnectEventMap } from './events.js';
import type { OptionAttributes } from './options.js';
import type { PluggyConnectElement } from './pluggy-connect.js';

/** The element's methods: not something a template sets. */
type Method = 'show' | 'hide' | 'close' | 'preload';

/**
 * The properties a template can set on `<pluggy-connect>` (its widget options, `open` …), with
 * their property types: frameworks that set properties (Vue, Svelte 5, React 19, Preact) pass
 * arrays and objects as they are.
 */
export type PluggyConnectProperties = Partial<Omit<PluggyConnectElement, keyof LitElement | Method>>;

/**
 * Each option's attribute (`token-url`, `include-sandbox` …), as HTML and server-rendered
 * templates write them. The token and the CPF/CNPJ have none here: they do not belong in HTML.
 */
export type PluggyConnectAttributes = OptionAttributes;

/**
 * An `on` + event name handler per event (`onpluggy-success`), the way React 19, Preact and
 * Svelte 5 bind events of custom elements.
 */
export type PluggyConnectEventAttributes = {
  [Name in keyof PluggyConnectEventMap as `on${Name}`]?: (event: PluggyConnectEventMap[Name]) => void;
};
