import { z } from 'zod';

// Imported first by the workflow bundle, before any schema exists, and preloaded once per workflow
// thread into the SDK's shared context (workflowPreloadModules in worker.ts). Each workflow evaluates
// the rules anew, so zod's JIT would compile every object parser again for each workflow (new
// Function, per schema, per workflow); interpreted parsing costs less for the few parses a workflow
// task does.
z.config({ jitless: true });
// zod fills in its defaults (English messages, the memoizer of recursive schemas) when it builds its
// first object schema. Build one here, so that happens before the SDK freezes the shared context.
z.object({});
