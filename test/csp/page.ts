// Loaded by test/csp.test.ts in a frame served with a Content-Security-Policy: registers the
// element; the test drives it through the frame's document.
import '../../src/index.js';
