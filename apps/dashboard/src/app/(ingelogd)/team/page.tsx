import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet } from '@/lib/api.server';
import { TeamScherm } from './team-scherm';

export const metadata: Metadata = { title: 'Open werk van het team' };

/** The leidinggevende's overview: per casemanager the open deelverzoeken, and moving them to a colleague. */
export default async function TeamPage() {
  const geweigerd = await zonderToegang('het open werk van het team', routes.teamWerk);
  if (geweigerd) return geweigerd;
  const werk = await apiGet('/team/werk');
  return <TeamScherm werk={werk} nu={Date.now()} />;
}
