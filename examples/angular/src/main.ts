import { NgZone, createComponent, provideZoneChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import type { Mount } from '../../example.js';
import { ConnectComponent } from './connect.component.js';

export const mount: Mount = async (container, { log, connectToken, connectUrl }) => {
  const app = await createApplication({ providers: [provideZoneChangeDetection()] });
  // Inside the app's zone, as `bootstrapApplication` would: listeners bound there run there.
  app.injector.get(NgZone).run(() => {
    const hostElement = container.appendChild(document.createElement('app-connect'));
    const component = createComponent(ConnectComponent, { environmentInjector: app.injector, hostElement });
    component.setInput('connectToken', connectToken);
    component.setInput('connectUrl', connectUrl);
    component.instance.log.subscribe(log);
    app.attachView(component.hostView);
    component.changeDetectorRef.detectChanges();
  });
  return () => app.destroy();
};
