// What every framework example exports from its entry, for test/frameworks/ to drive it: the
// page hands in where to mount, the connect token, and a log that the example's event handlers
// write to.

/** One event as the example's handler saw it. */
export interface LogEntry {
  event: string;
  detail: unknown;
  /** Angular only: whether the handler ran inside the Angular zone. */
  inAngularZone?: boolean;
}

export interface ExampleProps {
  connectToken: string;
  /** The hosted Connect app; the tests point it at the Connect test double. */
  connectUrl: string;
  log: (entry: LogEntry) => void;
}

/** Mounts the example's app in `container`; resolves with the function that unmounts it. */
export type Mount = (container: HTMLElement, props: ExampleProps) => Promise<() => void>;
