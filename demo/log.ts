/** An event log: one entry per event, newest last, with its detail as JSON behind a disclosure. */
export class Log {
  readonly #start = performance.now();

  constructor(private readonly list: HTMLOListElement) {}

  add(name: string, detail?: unknown): void {
    const entry = document.createElement('li');
    const seconds = ((performance.now() - this.#start) / 1000).toFixed(1).padStart(6);
    if (detail == null) {
      entry.textContent = `${seconds}s  ${name}`;
    } else {
      const disclosure = document.createElement('details');
      const summary = document.createElement('summary');
      const json = document.createElement('pre');
      summary.textContent = `${seconds}s  ${name}${summarise(detail)}`;
      json.textContent = JSON.stringify(detail, null, 2);
      disclosure.append(summary, json);
      entry.append(disclosure);
    }
    this.list.append(entry);
    this.list.scrollTop = this.list.scrollHeight;
  }

  clear(): void {
    this.list.replaceChildren();
  }
}

/** The few fields worth reading at a glance: event type, item status, error code. */
function summarise(detail: unknown): string {
  const { event, item, message, data } = detail as {
    event?: string;
    item?: { executionStatus?: string };
    message?: string;
    data?: { item?: { executionStatus?: string } };
  };
  const status = item?.executionStatus ?? data?.item?.executionStatus;
  return [event, status, message].filter(Boolean).map((part) => `  ${part}`).join('');
}
