// The generated JSX props (jsx-types.ts), kept to what each kind of JSX sets correctly. The
// generator offers every option under both names, each typed as its property; here a name a
// framework would set wrongly is taken out, so that writing it is a type error instead of an option
// silently lost, and a list's attribute takes the text it is written as (`connector-ids="0, 601"`),
// which is what a server renders.
import type { CustomElements, CustomElementsSolidJs, PluggyConnectElementProps } from './jsx-types.js';

/** The element's own camelCase names (`tokenUrl`, `connectorIds`), not the base props' (`className`). */
type CamelCase<K> = K extends keyof PluggyConnectElementProps ? (K extends Lowercase<K> ? never : K) : never;
/** A list's attribute (kebab-case, or `attr:` in Solid) also takes its text. */
type WithText<Props> = { [K in keyof Props]: K extends CamelCase<K> | `prop:${string}` ? Props[K] : NonNullable<Props[K]> extends readonly unknown[] ? Props[K] | string : Props[K] };

type Props = WithText<CustomElements['pluggy-connect']>;

/**
 * React 19 and Preact. A camelCase prop is set as a property in the browser, but a server renders
 * it as an attribute, which HTML lower-cases (`tokenurl`) and the element never reads: text,
 * numbers and booleans are written as their attribute (`token-url`, `include-sandbox`); lists,
 * objects and functions, which no server renders, keep their property (`connectorIds={[0, 601]}`)
 * beside their attribute's text (`connector-ids="0, 601"`).
 */
export type JsxProps = Omit<Props, { [K in keyof Props]-?: NonNullable<Props[K]> extends string | number | boolean ? CamelCase<K> : never }[keyof Props]>;

/**
 * Solid. A plain camelCase prop on a custom element is lost (`connectorIds` becomes `connectorids`):
 * only attributes (`connector-ids`), `prop:connectorIds`, `attr:…`, `bool:…` and `on:pluggy-*`.
 */
export type SolidProps = Omit<WithText<CustomElementsSolidJs['pluggy-connect']>, CamelCase<keyof CustomElementsSolidJs['pluggy-connect']>>;
