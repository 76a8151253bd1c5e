/**
 * `load`, run on the first call only: later calls share its promise. A failed load is forgotten,
 * so the next call tries again (a flaky network must not break the element for good).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
