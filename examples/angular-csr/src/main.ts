import { Component, provideBrowserGlobalErrorListeners } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { RouterLink, RouterOutlet, provideRouter } from '@angular/router';
import { Connect } from './app/connect';

@Component({
  selector: 'app-elsewhere',
  imports: [RouterLink],
  template: '<a routerLink="/">Connect your bank</a>',
})
class Elsewhere {}

@Component({ selector: 'app-root', imports: [RouterOutlet], template: '<router-outlet />' })
class App {}

bootstrapApplication(App, {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter([
      { path: '', component: Connect, title: 'Connect your bank' },
      { path: 'elsewhere', component: Elsewhere, title: 'Elsewhere' },
    ]),
  ],
}).catch((error) => console.error(error));
