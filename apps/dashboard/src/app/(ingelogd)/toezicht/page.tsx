import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet } from '@/lib/api.server';
import { DossiercontroleKnop } from './dossiercontrole-knop';
import { HandtekeningenTabel } from './handtekeningen-tabel';
import { InformerenTabel } from './informeren-tabel';
import { OverzichtAantallen, VerloopTabel, verloopSamenvatting } from './overzicht';
import { ToestemmingTabel } from './toestemming-tabel';
import { VerloopGrafiek } from './verloop-grafiek';

export const metadata: Metadata = { title: 'Toezicht' };

const TEAM = /^[a-z0-9-]{1,100}$/;

/** The privacy officer's overview: what went past its deadline or was refused, per team if asked. */
export default async function ToezichtPage({
  searchParams,
}: {
  searchParams: Promise<{ team?: string; pagina?: string }>;
}) {
  const geweigerd = await zonderToegang('het toezicht', routes.toezichtHandtekeningen);
  if (geweigerd) return geweigerd;
  const zoek = await searchParams;
  const team = zoek.team && TEAM.test(zoek.team) ? zoek.team : undefined;
  const pagina = Math.max(1, Number(zoek.pagina ?? 1) || 1);
  const filter = `${team ? `team=${team}&` : ''}pagina=${pagina}&perPagina=25`;
  const [overzicht, vastgelopen, signalen, informeren, gebruikers] = await Promise.all([
    apiGet(`/toezicht/overzicht?${team ? `team=${team}` : ''}`),
    apiGet(`/toezicht/toestemming-vastgelopen?${team ? `team=${team}&` : ''}perPagina=100`),
    apiGet(`/toezicht/handtekeningen?${filter}`),
    apiGet(`/toezicht/informeren-achteraf?${team ? `team=${team}&` : ''}perPagina=100`),
    apiGet('/gebruikers').catch(() => []),
  ]);
  const teams = [...new Set(gebruikers.map((g) => g.team))].sort();
  const laatste = Math.max(1, Math.ceil(signalen.totaal / signalen.perPagina));
  const naar = (p: number) => `/toezicht?${team ? `team=${team}&` : ''}pagina=${p}`;
  return (
    <>
      <h1 className="text-2xl font-semibold">Toezicht</h1>
      <p className="mt-2 text-sm">
        <Link href="/toezicht/bewaartermijn">Bewaartermijn: wat over de termijn is en wat is verwijderd</Link>
      </p>
      <p className="mt-1 text-sm">
        <Link href="/toezicht/rolwijzigingen">Rolwijzigingen: wie welke rol aan wie gaf</Link>
      </p>
      <form method="get" className="mt-4 flex items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Team</span>
          <select
            name="team"
            defaultValue={team ?? ''}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            <option value="">Alle teams</option>
            {teams.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="knop">
          Toon
        </button>
      </form>

      <section aria-labelledby="overzicht" className="mt-8">
        <h2 id="overzicht" className="text-lg font-semibold">
          Overzicht
        </h2>
        <OverzichtAantallen aantallen={overzicht.aantallen} />
        <p className="mt-2 text-sm text-slate-600">
          Toestemming is vastgelopen als het deelverzoek nog op toestemming wacht terwijl het moment om te
          beslissen voorbij is, of als niemand de cliënt binnen de termijn heeft gevraagd.
        </p>
        <figure className="mt-6">
          <VerloopGrafiek perWeek={overzicht.perWeek} beschrijving={verloopSamenvatting(overzicht.perWeek)} />
          <figcaption className="mt-2 text-sm text-slate-600">
            Per week hoe vaak gegevens zijn gedeeld, met en zonder toestemming, en hoeveel cliënten achteraf
            zijn geïnformeerd. De patronen onderscheiden de reeksen ook zonder kleur.
          </figcaption>
        </figure>
        <VerloopTabel perWeek={overzicht.perWeek} />
      </section>

      <section aria-labelledby="informeren" className="mt-8">
        <h2 id="informeren" className="text-lg font-semibold">
          Cliënten informeren achteraf: te laat of binnen een week ({informeren.totaal})
        </h2>
        <InformerenTabel signalen={informeren.items} nu={Date.now()} />
        {informeren.totaal > informeren.items.length && (
          <p className="mt-2 text-sm text-slate-600">
            De eerste {informeren.items.length} staan hier; kies een team om de lijst kleiner te maken.
          </p>
        )}
      </section>

      <section aria-labelledby="vastgelopen" className="mt-8">
        <h2 id="vastgelopen" className="text-lg font-semibold">
          Vastgelopen toestemming ({vastgelopen.totaal})
        </h2>
        <ToestemmingTabel signalen={vastgelopen.items} />
        {vastgelopen.totaal > vastgelopen.items.length && (
          <p className="mt-2 text-sm text-slate-600">
            De eerste {vastgelopen.items.length} staan hier; kies een team om de lijst kleiner te maken.
          </p>
        )}
      </section>

      <section aria-labelledby="handtekeningen" className="mt-8">
        <h2 id="handtekeningen" className="text-lg font-semibold">
          Handtekeningen te laat of achteraf afgewezen ({signalen.totaal})
        </h2>
        <HandtekeningenTabel signalen={signalen.items} />
        {laatste > 1 && (
          <nav aria-label="Pagina's" className="mt-3 flex gap-4 text-sm">
            {pagina > 1 && <Link href={naar(pagina - 1)}>Vorige pagina</Link>}
            <span>
              Pagina {pagina} van {laatste}
            </span>
            {pagina < laatste && <Link href={naar(pagina + 1)}>Volgende pagina</Link>}
          </nav>
        )}
      </section>

      <section aria-labelledby="dossiercontrole" className="mt-8">
        <h2 id="dossiercontrole" className="text-lg font-semibold">
          Dossiercontrole
        </h2>
        <p className="mt-2 max-w-2xl text-sm text-slate-600">
          Rekent de keten van elk dossier na. Elke aantekening die is gewijzigd, weggehaald of verschoven,
          wordt genoemd.
        </p>
        <DossiercontroleKnop />
      </section>
    </>
  );
}
