import { testExample } from './suite.js';

// zone.js first, as the Angular CLI's polyfills bundle is loaded before the app.
await import('/examples/angular/dist/browser/polyfills.js' as string);

testExample('Angular', '/examples/angular/dist/browser/main.js', (entry) => ({ ...entry, inAngularZone: true }));
