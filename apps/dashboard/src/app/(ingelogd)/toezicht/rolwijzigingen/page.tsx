import { rolLabel, routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet } from '@/lib/api.server';

export const metadata: Metadata = { title: 'Rolwijzigingen' };

const moment = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** The privacy officer's view of who gave which role to whom: who can read client data since when. */
export default async function RolwijzigingenPage({
  searchParams,
}: {
  searchParams: Promise<{ alles?: string; pagina?: string }>;
}) {
  const geweigerd = await zonderToegang('de rolwijzigingen', routes.toezichtRolwijzigingen);
  if (geweigerd) return geweigerd;
  const zoek = await searchParams;
  const alles = zoek.alles === '1';
  const pagina = Math.max(1, Number(zoek.pagina ?? 1) || 1);
  const lijst = await apiGet(
    `/toezicht/rolwijzigingen?pagina=${pagina}&perPagina=50${alles ? '' : '&alleenClientgegevens=true'}`,
  );
  const laatste = Math.max(1, Math.ceil(lijst.totaal / lijst.perPagina));
  const naar = (p: number) => `/toezicht/rolwijzigingen?pagina=${p}${alles ? '&alles=1' : ''}`;
  return (
    <>
      <p className="text-sm">
        <Link href="/toezicht">Toezicht</Link> › Rolwijzigingen
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Rolwijzigingen</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Wie welke rol aan wie gaf of afnam, nieuwste eerst.{' '}
        {alles ? 'Alle rollen.' : 'Alleen rollen die gegevens van cliënten lezen.'}{' '}
        <Link href={alles ? '/toezicht/rolwijzigingen' : '/toezicht/rolwijzigingen?alles=1'}>
          {alles ? 'Toon alleen rollen die cliëntgegevens lezen' : 'Toon ook de andere rollen'}
        </Link>
      </p>
      {lijst.items.length === 0 ? (
        <p className="mt-6">Er zijn nog geen rollen gewijzigd.</p>
      ) : (
        <table className="mt-6 w-full text-left text-sm">
          <caption className="sr-only">Rolwijzigingen, nieuwste eerst</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Wanneer
              </th>
              <th scope="col" className="py-2 pr-3">
                Wie
              </th>
              <th scope="col" className="py-2 pr-3">
                Wat
              </th>
              <th scope="col" className="py-2 pr-3">
                Rol
              </th>
              <th scope="col" className="py-2 pr-3">
                Voor wie
              </th>
              <th scope="col" className="py-2">
                Team
              </th>
            </tr>
          </thead>
          <tbody>
            {lijst.items.map((r) => (
              <tr key={r.id} className="border-b border-slate-100">
                <td className="py-2 pr-3">{moment.format(new Date(r.op))}</td>
                <td className="py-2 pr-3">{r.door.naam}</td>
                <td className="py-2 pr-3">{r.wijziging === 'toegekend' ? 'gaf' : 'nam af'}</td>
                <td className="py-2 pr-3">{rolLabel[r.rol]}</td>
                <td className="py-2 pr-3">{r.voor.naam}</td>
                <td className="py-2">{r.teamNaam}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {laatste > 1 && (
        <nav aria-label="Pagina's" className="mt-4 flex gap-4 text-sm">
          {pagina > 1 && <Link href={naar(pagina - 1)}>Vorige pagina</Link>}
          <span>
            Pagina {pagina} van {laatste}
          </span>
          {pagina < laatste && <Link href={naar(pagina + 1)}>Volgende pagina</Link>}
        </nav>
      )}
    </>
  );
}
