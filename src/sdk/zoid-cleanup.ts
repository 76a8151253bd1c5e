// Patches zoid's page-wide state (verified with zoid 9.0.63 through pluggy-connect-sdk 2.14.2, see
// verified.ts): zoid (through post-robot) keeps every closed widget's frames, props and callbacks in
// page-wide state, about 15 DOM nodes and 50 KB per session, until its global `destroy()` runs. That
// destroy kills every live instance, so it may run only once the last widget zoid knows of is
// destroyed (its `onDestroy` prop), and only when no other code on the page registered a component
// in the same zoid: the next widget then starts zoid afresh. To re-verify: `npm run bench` (the
// 100-cycle table) and zoid's global name `__zoid_<version>__`.
import type { PluggyConnect } from 'pluggy-connect-sdk';

let alive = 0;

/** zoid's page-wide state, as it names it: `window.__zoid_<version>__`. */
const zoidGlobals = () => Object.keys(window).filter((key) => /^__zoid_\d+_\d+_\d+__$/.test(key));

function onlyPluggyInZoid(): boolean {
  return zoidGlobals().every((key) => {
    const components = (window as unknown as Record<string, { components?: object } | undefined>)[key]?.components;
    return Object.keys(components ?? {}).every((tag) => tag === 'pluggy-connect-widget');
  });
}

/**
 * Counts a widget as alive until zoid destroys it; returns the `onDestroy` prop to give zoid.
 * Made outside the widget's methods, so that zoid's hold on it does not keep the widget alive.
 */
export function trackZoidInstance(instance: () => PluggyConnect | undefined): () => void {
  alive++;
  return () => {
    alive--;
    // After zoid has finished destroying this instance (it calls onDestroy midway), and only if
    // no widget started meanwhile.
    setTimeout(() => {
      if (alive === 0 && onlyPluggyInZoid()) void instance()?.destroy();
    });
  };
}
