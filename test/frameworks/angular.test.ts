import { testExample } from './suite.js';

// zone.js first, as the Angular CLI's polyfills bundle is loaded before the app.
const polyfills = '/examples/angular/dist/browser/polyfills.js';
await import(polyfills);

testExample('Angular', '/examples/angular/dist/browser/main.js', {
  expectEntry: (entry) => ({ ...entry, inAngularZone: true }),
});
