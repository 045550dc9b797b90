import { beheerWerkGroepLabel } from '@deelwijs/content';
import { type Account, rolLabel, type Team } from '@deelwijs/contract';
import Link from 'next/link';
import { Termijn } from '../werkvoorraad/termijn';
import { beheerWerkInGroepen } from './werk';

/** What waits for the beheerder now, one list per kind; nothing about clients. */
export function BeheerWerk({ accounts, teams, nu }: { accounts: Account[]; teams: Team[]; nu: number }) {
  const groepen = beheerWerkInGroepen(accounts, teams, nu);
  const teamNaam = new Map(teams.map((t) => [t.id, t.naam]));
  return (
    <section aria-labelledby="werk" className="mt-8 max-w-3xl">
      <h2 id="werk" className="text-lg font-semibold">
        Wat nu op u wacht
      </h2>
      {groepen.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          Niets: elke uitnodiging is aangenomen en elk account hoort bij een bestaand team.
        </p>
      ) : (
        groepen.map(({ groep, items }) => (
          <section key={groep} aria-labelledby={`werk-${groep}`} className="mt-4">
            <h3 id={`werk-${groep}`} className="text-base font-semibold">
              {beheerWerkGroepLabel[groep]} ({items.length})
            </h3>
            <ul className="mt-2 space-y-2">
              {items.map(({ account: a, termijn }) => (
                <li
                  key={a.id}
                  className="flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded-md bg-white p-3 text-sm ring-1 ring-slate-200"
                >
                  <Link href={`/beheer/accounts/${a.id}`} className="font-medium">
                    {a.naam}
                  </Link>
                  <span className="text-slate-600">{a.rollen.map((r) => rolLabel[r]).join(', ')}</span>
                  <span className="text-slate-600">Team {teamNaam.get(a.team) ?? a.team}</span>
                  {a.uitnodiging?.status === 'niet-verstuurd' ? (
                    <span className="ml-auto">Uitnodiging niet verstuurd</span>
                  ) : (
                    termijn && (
                      <span className="ml-auto">
                        {groep === 'uitnodiging-verlopen' ? 'Link verlopen:' : 'Link werkt:'}{' '}
                        <Termijn uiterlijk={termijn} nu={nu} />
                      </span>
                    )
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
