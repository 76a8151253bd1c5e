import { CUSTOM_ELEMENTS_SCHEMA, Component, NgZone, input, output } from '@angular/core';
import 'pluggy-connect-element';

@Component({
  selector: 'app-connect',
  // Lets the template use <pluggy-connect>, and bind any property or event on it, unchecked.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <pluggy-connect
      [connectToken]="connectToken()"
      [connectUrl]="connectUrl()"
      include-sandbox
      [connectorIds]="[201, 202]"
      [openFinanceParameters]="{ cpf: '00000000191' }"
      (pluggy-success)="handle($event)"
      (pluggy-error)="handle($event)"
      (pluggy-close)="handle($event)"
      (pluggy-submitted-consent)="handle($event)"
    ></pluggy-connect>
  `,
})
export class ConnectComponent {
  readonly connectToken = input.required<string>();
  readonly connectUrl = input<string>();
  readonly log = output<{ event: string; detail: unknown; inAngularZone: boolean }>();

  handle(event: Event): void {
    const { type, detail } = event as CustomEvent<unknown>;
    this.log.emit({ event: type, detail, inAngularZone: NgZone.isInAngularZone() });
  }
}
