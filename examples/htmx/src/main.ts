// The site's one script, in the <head> of every page: htmx, the element, and the site's handlers.
// They listen on the document, which outlives the boosted swaps of <body>'s content: the
// <pluggy-connect> of any page, rendered by the server or restored from htmx's history cache,
// reaches them (its events bubble).
import 'htmx.org';
import 'pluggy-connect-element';

const status = () => document.querySelector('[role="status"]');

document.addEventListener('pluggy-success', (event) => {
  status()!.textContent = `Connected: ${event.detail.item.id}`;
});
document.addEventListener('pluggy-error', (event) => {
  status()!.textContent = `Could not connect: ${event.detail.message}`;
});
