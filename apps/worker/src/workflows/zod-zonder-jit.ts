import { z } from 'zod';

// Imported first by the workflow bundle, before any schema exists. Each workflow evaluates the rules
// anew, so zod's JIT would compile every object parser again for each workflow (new Function, per
// schema, per workflow); interpreted parsing costs less for the few parses a workflow task does.
z.config({ jitless: true });
