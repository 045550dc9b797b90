export { deelverzoekWorkflow } from './deelverzoek.workflow';
