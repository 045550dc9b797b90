// zod-zonder-jit must come first: it configures zod before the rules build their schemas.
import './zod-zonder-jit';
import type * as bewaartermijn from './bewaartermijn.workflow';
import type * as deelverzoek from './deelverzoek.workflow';
import type * as doorbrekingsklok from './doorbrekingsklok.workflow';
import type * as dossiercontrole from './dossiercontrole.workflow';
import type * as informerenAchterafklok from './informeren-achterafklok.workflow';
import type * as toestemmingsklok from './toestemmingsklok.workflow';
import type * as uitnodiging from './uitnodiging.workflow';

/*
 * The SDK evaluates this module anew for every workflow it starts or replays, and with it every
 * module it imports. Each workflow type therefore loads its own module on its first call: a
 * consent clock evaluates its clock and its few schemas, not the deelverzoek's rules and the
 * handbook (docs/performance.md §1). The modules themselves import only what they use (deep
 * imports), so webpack's module graph per type stays small. Only the loading moves; what a
 * workflow does, and so its commands, stays the same.
 */
/* biome-ignore-start lint/style/noCommonJs: a lazy require is the point: ES imports are evaluated eagerly */
export const bewaartermijnWorkflow: typeof bewaartermijn.bewaartermijnWorkflow = (...a) =>
  (require('./bewaartermijn.workflow') as typeof bewaartermijn).bewaartermijnWorkflow(...a);
export const deelverzoekWorkflow: typeof deelverzoek.deelverzoekWorkflow = (...a) =>
  (require('./deelverzoek.workflow') as typeof deelverzoek).deelverzoekWorkflow(...a);
export const doorbrekingsklokWorkflow: typeof doorbrekingsklok.doorbrekingsklokWorkflow = (...a) =>
  (require('./doorbrekingsklok.workflow') as typeof doorbrekingsklok).doorbrekingsklokWorkflow(...a);
export const dossiercontroleWorkflow: typeof dossiercontrole.dossiercontroleWorkflow = (...a) =>
  (require('./dossiercontrole.workflow') as typeof dossiercontrole).dossiercontroleWorkflow(...a);
export const informerenAchterafklokWorkflow: typeof informerenAchterafklok.informerenAchterafklokWorkflow = (
  ...a
) =>
  (
    require('./informeren-achterafklok.workflow') as typeof informerenAchterafklok
  ).informerenAchterafklokWorkflow(...a);
export const toestemmingsklokWorkflow: typeof toestemmingsklok.toestemmingsklokWorkflow = (...a) =>
  (require('./toestemmingsklok.workflow') as typeof toestemmingsklok).toestemmingsklokWorkflow(...a);
export const uitnodigingWorkflow: typeof uitnodiging.uitnodigingWorkflow = (...a) =>
  (require('./uitnodiging.workflow') as typeof uitnodiging).uitnodigingWorkflow(...a);
/* biome-ignore-end lint/style/noCommonJs: see above */
