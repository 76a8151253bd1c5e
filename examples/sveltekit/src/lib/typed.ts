// The type-check proves the package's Svelte typings: the page's markup is checked against this
// type (a correct use passes), and a wrong value is an error. svelte-check does not honour
// `@ts-expect-error` between markup attributes, hence this file.
import type {} from 'pluggy-connect-element/typings/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

type Attributes = SvelteHTMLElements['pluggy-connect'];

export const ids: Attributes = { connectorIds: [0, 601], 'onpluggy-success': (event) => event.detail.item.id satisfies string };
// @ts-expect-error connector ids are numbers
export const wrongIds: Attributes = { connectorIds: ['x'] };
