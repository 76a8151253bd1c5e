// The name of each `onEvent` type's own event. Only the opening code needs it (lazily loaded).

const ownEvents = new Set(['pluggy-open', 'pluggy-hide', 'pluggy-close', 'pluggy-success', 'pluggy-error', 'pluggy-event']);

/**
 * The specific event name for an `onEvent` type: `pluggy-` + the type in lowercase kebab-case.
 * By rule, so a type the SDK adds later gets its own event. Returns `undefined` for a type that
 * is not a non-empty string or that would collide with one of the element's own events.
 */
export function eventNameFor(type: unknown): string | undefined {
  if (typeof type !== 'string') return undefined;
  const kebab = type
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const name = `pluggy-${kebab}`;
  return kebab && !ownEvents.has(name) ? name : undefined;
}
