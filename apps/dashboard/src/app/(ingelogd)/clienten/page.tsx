import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet, huidigeGebruiker } from '@/lib/api.server';
import { mag } from '@/lib/toegang';

export const metadata: Metadata = { title: 'Cliënten' };

export default async function ClientenPage({
  searchParams,
}: {
  searchParams: Promise<{ zoek?: string; pagina?: string }>;
}) {
  const geweigerd = await zonderToegang('de lijst van cliënten', routes.clientenZoeken);
  if (geweigerd) return geweigerd;
  const gebruiker = await huidigeGebruiker();
  const { zoek = '', pagina: p } = await searchParams;
  const pagina = Math.max(1, Number(p ?? 1) || 1);
  const lijst = await apiGet(
    `/clienten?pagina=${pagina}&perPagina=25${zoek ? `&zoek=${encodeURIComponent(zoek)}` : ''}`,
  );
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Cliënten</h1>
        {mag(gebruiker, routes.clientRegistreren) && (
          <Link href="/clienten/nieuw" className="knop">
            Nieuwe cliënt
          </Link>
        )}
      </div>
      <form aria-label="Cliënten zoeken" className="mt-6 flex max-w-lg gap-2">
        <label htmlFor="zoek" className="sr-only">
          Zoek op naam of pseudoniem
        </label>
        <input
          id="zoek"
          name="zoek"
          defaultValue={zoek}
          placeholder="Zoek op naam of pseudoniem"
          className="veld"
        />
        <button type="submit" className="knop-licht">
          Zoeken
        </button>
      </form>
      {lijst.items.length === 0 ? (
        <p className="mt-6 text-slate-600">
          {zoek ? `Geen cliënten gevonden voor “${zoek}”.` : 'Uw team heeft nog geen cliënten.'}
        </p>
      ) : (
        <table className="mt-6 w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
          <caption className="sr-only">Cliënten van uw team</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th className="px-4 py-2">Pseudoniem</th>
              <th className="px-4 py-2">Naam</th>
              <th className="px-4 py-2">Geboortedatum</th>
            </tr>
          </thead>
          <tbody>
            {lijst.items.map((c) => (
              <tr key={c.id} className="border-t border-slate-200">
                <td className="px-4 py-2 font-mono">
                  <Link href={`/clienten/${c.id}`}>{c.pseudoniem}</Link>
                </td>
                <td className="px-4 py-2">{c.naam}</td>
                <td className="px-4 py-2">
                  {new Date(`${c.geboortedatum}T12:00:00Z`).toLocaleDateString('nl-NL')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-3 text-sm text-slate-600">
        {lijst.totaal} cliënt{lijst.totaal === 1 ? '' : 'en'}
        {pagina > 1 && (
          <>
            {' · '}
            <Link href={`/clienten?zoek=${encodeURIComponent(zoek)}&pagina=${pagina - 1}`}>Vorige</Link>
          </>
        )}
        {pagina * lijst.perPagina < lijst.totaal && (
          <>
            {' · '}
            <Link href={`/clienten?zoek=${encodeURIComponent(zoek)}&pagina=${pagina + 1}`}>Volgende</Link>
          </>
        )}
      </p>
    </>
  );
}
