// zod-zonder-jit must come first: it configures zod before the rules build their schemas.
import './zod-zonder-jit';

export { bewaartermijnWorkflow } from './bewaartermijn.workflow';
export { deelverzoekWorkflow } from './deelverzoek.workflow';
export { doorbrekingsklokWorkflow } from './doorbrekingsklok.workflow';
export { dossiercontroleWorkflow } from './dossiercontrole.workflow';
export { informerenAchterafklokWorkflow } from './informeren-achterafklok.workflow';
export { toestemmingsklokWorkflow } from './toestemmingsklok.workflow';
export { uitnodigingWorkflow } from './uitnodiging.workflow';
