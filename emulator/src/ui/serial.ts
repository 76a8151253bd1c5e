/**
 * Runs tasks one after another, in the order they were queued, without making callers wait:
 * widget callbacks and webhooks must arrive in the order the flow produced them. A failed task
 * is reported and does not stop the ones after it.
 */
export class Serial {
  #last: Promise<void> = Promise.resolve();

  constructor(private readonly label: string) {}

  /** Queues `task`, to run once the tasks queued before it have settled. */
  run(task: () => unknown): void {
    this.#last = this.#last.then(task).then(
      () => undefined,
      (error: unknown) => console.warn(`pluggy-connect emulator: ${this.label} failed`, error),
    );
  }
}
