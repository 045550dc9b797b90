import { z } from 'zod';

// Runs in the browser before the app. zod compiles parsers with `new Function` when it may; under the
// dashboard's CSP (no 'unsafe-eval') its probe for that is reported as a violation, so say up front
// that it may not.
z.config({ jitless: true });
