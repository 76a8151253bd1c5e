// The site's one script, in the <head> of every page: Turbo Drive, the element, and the site's
// handlers. They listen on the document, which outlives Turbo's body swaps: the <pluggy-connect>
// of any page, rendered by the server or restored from Turbo's cache, reaches them (its events bubble).
import '@hotwired/turbo';
import 'pluggy-connect-element';

const status = () => document.querySelector('[role="status"]');

document.addEventListener('pluggy-success', (event) => {
  status()!.textContent = `Connected: ${event.detail.item.id}`;
});
document.addEventListener('pluggy-error', (event) => {
  status()!.textContent = `Could not connect: ${event.detail.message}`;
});
