import { rolLabel, routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet, huidigeGebruiker } from '@/lib/api.server';
import { statusTekst } from '../status';
import { AccountBeheer } from './account-beheer';

export const metadata: Metadata = { title: 'Account wijzigen' };

/** One account: its roles, team, pet and beroepsgeheim to change, and deactivation. */
export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const geweigerd = await zonderToegang('de accounts', routes.gebruikerWijzigen);
  if (geweigerd) return geweigerd;
  const { id } = await params;
  const [accounts, teams, ik] = await Promise.all([
    apiGet('/gebruikers'),
    apiGet('/teams'),
    huidigeGebruiker(),
  ]);
  const account = accounts.find((a) => a.id === id);
  if (!account) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href="/beheer">Functioneel beheer</Link> › <Link href="/beheer/accounts">Accounts</Link> ›{' '}
        {account.naam}
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{account.naam}</h1>
      <dl className="mt-3 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">E-mailadres</dt>
        <dd>{account.email}</dd>
        <dt className="font-medium">Status</dt>
        <dd data-testid="account-status">{statusTekst(account)}</dd>
        <dt className="font-medium">Rollen nu</dt>
        <dd>{account.rollen.map((r) => rolLabel[r]).join(', ')}</dd>
      </dl>
      {account.id === ik.id ? (
        <p className="mt-6 max-w-2xl">
          Dit is uw eigen account. Uw eigen rollen, team, pet en beroepsgeheim wijzigt u niet zelf: dat doet
          een andere functioneel beheerder.
        </p>
      ) : (
        <AccountBeheer account={account} teams={teams} />
      )}
    </>
  );
}
