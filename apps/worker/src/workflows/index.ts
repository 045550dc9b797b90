export { deelverzoekWorkflow } from './deelverzoek.workflow';
export { toestemmingsklokWorkflow } from './toestemmingsklok.workflow';
