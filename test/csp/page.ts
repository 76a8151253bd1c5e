// Loaded by the Content-Security-Policy tests (test/secrets.test.ts, test/trusted-types.test.ts) in
// a frame served with a policy (test/server/csp.mjs): registers the element; the tests drive it
// through the frame's document.
import '../../src/index.js';
