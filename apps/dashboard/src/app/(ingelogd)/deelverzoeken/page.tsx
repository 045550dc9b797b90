import { statusLabel } from '@deelwijs/content';
import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { zonderToegang } from '@/components/geen-toegang';
import { StatusLabel } from '@/components/status-label';
import { apiGet, huidigeGebruiker } from '@/lib/api.server';
import { formatMoment } from '@/lib/datum';
import { mag } from '@/lib/toegang';

export const metadata: Metadata = { title: 'Deelverzoeken' };

export default async function DeelverzoekenPage({
  searchParams,
}: {
  searchParams: Promise<{ pagina?: string }>;
}) {
  const geweigerd = await zonderToegang('de lijst van deelverzoeken', routes.deelverzoekenLijst);
  if (geweigerd) return geweigerd;
  const gebruiker = await huidigeGebruiker();
  const pagina = Math.max(1, Number((await searchParams).pagina ?? 1) || 1);
  const lijst = await apiGet(`/deelverzoeken?pagina=${pagina}&perPagina=20`);
  const laatste = Math.max(1, Math.ceil(lijst.totaal / lijst.perPagina));
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Deelverzoeken</h1>
        {mag(gebruiker, routes.deelverzoekStarten) && (
          <Link href="/deelverzoeken/nieuw" className="knop">
            Nieuw deelverzoek
          </Link>
        )}
      </div>
      {lijst.items.length === 0 ? (
        <p className="mt-8 rounded-md border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          Er zijn nog geen deelverzoeken. Wilt u gegevens van een cliënt delen? Begin met een nieuw
          deelverzoek.
        </p>
      ) : (
        <table className="mt-6 w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
          <caption className="sr-only">Deelverzoeken, nieuwste eerst</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th className="px-4 py-2">Cliënt</th>
              <th className="px-4 py-2">Doel</th>
              <th className="px-4 py-2">Ontvangers</th>
              <th className="px-4 py-2">Status</th>
              <th className="px-4 py-2">Gestart</th>
            </tr>
          </thead>
          <tbody>
            {lijst.items.map((d) => (
              <tr key={d.id} className="border-t border-slate-200 align-top">
                <td className="px-4 py-3 font-mono">{d.client.pseudoniem}</td>
                <td className="px-4 py-3">
                  <Link href={`/deelverzoeken/${d.id}`}>{d.doel}</Link>
                </td>
                <td className="px-4 py-3">{d.ontvangers.map((o) => o.organisatie).join(', ')}</td>
                <td className="px-4 py-3">
                  <StatusLabel label={statusLabel[d.status]} afgesloten={d.afgesloten} />
                </td>
                <td className="px-4 py-3 whitespace-nowrap">{formatMoment(d.aangemaaktOp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {laatste > 1 && (
        <nav aria-label="Paginering" className="mt-4 flex gap-4 text-sm">
          {pagina > 1 && <Link href={`/deelverzoeken?pagina=${pagina - 1}`}>Vorige pagina</Link>}
          <span>
            Pagina {pagina} van {laatste}
          </span>
          {pagina < laatste && <Link href={`/deelverzoeken?pagina=${pagina + 1}`}>Volgende pagina</Link>}
        </nav>
      )}
    </>
  );
}
