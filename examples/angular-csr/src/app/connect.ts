import { CUSTOM_ELEMENTS_SCHEMA, Component, DOCUMENT, inject, signal } from '@angular/core';
import 'pluggy-connect-element';
import type { PluggyErrorDetail, PluggySuccessDetail } from 'pluggy-connect-element';

@Component({
  selector: 'app-connect',
  // Lets the template use <pluggy-connect>: its property bindings go unchecked, its $event is typed.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>Connect your bank</h1>
    <pluggy-connect
      token-url="/api/connect-token"
      include-sandbox
      [connectorIds]="[0, 601, 604]"
      [connectUrl]="connectUrl"
      (pluggy-success)="onSuccess($event)"
      (pluggy-error)="onError($event)"
    ></pluggy-connect>
    <p role="status">{{ status() }}</p>
  `,
})
export class Connect {
  // The Connect emulator's URL, which server.mjs puts in the page from its env CONNECT_URL in
  // development and tests; undefined in production (the hosted Connect app).
  protected readonly connectUrl = inject(DOCUMENT).querySelector<HTMLMetaElement>('meta[name="connect-url"]')?.content;
  protected readonly status = signal('');

  protected onSuccess(event: CustomEvent<PluggySuccessDetail>) {
    this.status.set(`Connected: ${event.detail.item.id}`);
  }

  protected onError(event: CustomEvent<PluggyErrorDetail>) {
    this.status.set(`Could not connect: ${event.detail.message}`);
  }
}
