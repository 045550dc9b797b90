import { BEWAARSOORT_LABEL, bewaarduurInWoorden } from '@deelwijs/content';
import type { BewaartermijnOverzicht } from '@deelwijs/contract';
import { LijstTabel } from '../lijst-tabel';
import { Moment } from '../moment';

type Rapport = BewaartermijnOverzicht['rapporten'][number];

const som = (r: Rapport, veld: 'verlopen' | 'verwijderd' | 'geweigerd') =>
  r.regels.reduce((n, g) => n + g[veld], 0);

const EENHEID: Record<string, [string, string]> = {
  s: ['seconde', 'seconden'],
  m: ['minuut', 'minuten'],
  h: ['uur', 'uur'],
  d: ['dag', 'dagen'],
};

/** The schedule's interval (`24h`, `1d`, `30m`) in words: "24 uur", "1 dag", "30 minuten". */
export function intervalInWoorden(interval: string): string {
  const [, aantal, eenheid] = /^(\d+)([smhd])$/.exec(interval) ?? [];
  const woorden = eenheid ? EENHEID[eenheid] : undefined;
  return aantal && woorden ? `${aantal} ${Number(aantal) === 1 ? woorden[0] : woorden[1]}` : interval;
}

/** How the run is planned, in one sentence; says so when Temporal could not tell. */
export function Planning({ planning }: { planning: BewaartermijnOverzicht['planning'] }) {
  if (!planning)
    return (
      <p className="mt-2 text-sm text-slate-600">
        De planning is nu niet op te vragen. De rapporten hieronder staan in de database.
      </p>
    );
  return (
    <p className="mt-2 text-sm">
      De controle draait elke {planning.interval ? intervalInWoorden(planning.interval) : 'onbekende tijd'} en{' '}
      {planning.verwijderen
        ? 'verwijdert wat over de termijn is'
        : 'rapporteert alleen; er wordt niets verwijderd'}
      . Volgende keer: <Moment iso={planning.volgendeRun} />.
    </p>
  );
}

/** The newest run per kind of record: period, limit, what was past it and what went. Counts only. */
export function LaatsteRapport({ rapport }: { rapport: Rapport | undefined }) {
  if (!rapport) return <p className="mt-2 text-sm text-slate-600">De controle heeft nog niet gedraaid.</p>;
  return (
    <>
      <p className="mt-2 text-sm">
        Gemeten op <Moment iso={rapport.gemetenOp} />, met bewaarbeleid {rapport.beleidVersie}.{' '}
        {rapport.verwijderen
          ? 'Deze keer is verwijderd.'
          : 'Deze keer is niets verwijderd (alleen rapporteren).'}
      </p>
      <LijstTabel
        bijschrift="Laatste controle van de bewaartermijn, per soort gegevens"
        kolommen={['Soort', 'Termijn', 'Ouder dan', 'Over de termijn', 'Oudste', 'Verwijderd']}
      >
        {rapport.regels.map((g) => (
          <tr key={g.soort} className="border-t border-slate-200">
            <th scope="row" className="px-4 py-3 font-normal">
              {BEWAARSOORT_LABEL[g.soort]}
            </th>
            <td className="px-4 py-3">{bewaarduurInWoorden(g.termijn)}</td>
            <td className="px-4 py-3">
              <Moment iso={g.grens} />
            </td>
            <td className="px-4 py-3">{g.verlopen}</td>
            <td className="px-4 py-3">
              <Moment iso={g.oudste} />
            </td>
            <td className="px-4 py-3">
              {g.verwijderd}
              {g.geweigerd > 0 && (
                <span className="block text-red-700">
                  {g.geweigerd} {g.geweigerd === 1 ? 'keten' : 'ketens'} geweigerd: niet heel, start een
                  dossiercontrole
                </span>
              )}
            </td>
          </tr>
        ))}
      </LijstTabel>
    </>
  );
}

/** Every run on record, newest first, as totals. */
export function EerdereRapporten({ rapporten }: { rapporten: readonly Rapport[] }) {
  if (rapporten.length === 0) return null;
  return (
    <LijstTabel
      bijschrift="Eerdere controles van de bewaartermijn, nieuwste eerst"
      kolommen={['Gemeten op', 'Verwijderen', 'Over de termijn', 'Verwijderd']}
    >
      {rapporten.map((r) => (
        <tr key={r.id} className="border-t border-slate-200">
          <td className="px-4 py-3">
            <Moment iso={r.gemetenOp} />
          </td>
          <td className="px-4 py-3">{r.verwijderen ? 'Ja' : 'Nee, alleen rapporteren'}</td>
          <td className="px-4 py-3">{som(r, 'verlopen')}</td>
          <td className="px-4 py-3">{som(r, 'verwijderd')}</td>
        </tr>
      ))}
    </LijstTabel>
  );
}
