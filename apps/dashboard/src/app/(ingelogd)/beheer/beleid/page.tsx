import { BELEID_GROEPEN, duurInWoorden, MAX_POGINGEN_LABEL } from '@deelwijs/content';
import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet, huidigeGebruiker } from '@/lib/api.server';
import { formatMoment } from '@/lib/datum';
import { mag } from '@/lib/toegang';
import { BeleidFormulier } from './beleid-formulier';
import { opPad } from './klokken';

export const metadata: Metadata = { title: 'Termijnen van de organisatie' };

/**
 * The organisation's own deadlines: which version holds since when, every earlier version with who
 * and why, and (for the beheerder) the form for a new one. A new version holds for deelverzoeken that
 * start after it; the ones already running keep the deadlines they started with.
 */
export default async function BeleidPage() {
  const geweigerd = await zonderToegang('de termijnen van de organisatie', routes.beleidOverzicht);
  if (geweigerd) return geweigerd;
  const [overzicht, gebruiker] = await Promise.all([apiGet('/beheer/beleid'), huidigeGebruiker()]);
  const { inGebruik } = overzicht;
  return (
    <>
      <p className="text-sm">
        <Link href="/beheer">Functioneel beheer</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Termijnen van de organisatie</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Elk deelverzoek houdt de termijnen waaronder het begon. Een nieuwe versie geldt dus alleen voor
        deelverzoeken die daarna beginnen.
      </p>

      <section aria-labelledby="in-gebruik" className="mt-8">
        <h2 id="in-gebruik" className="text-lg font-semibold">
          Nu in gebruik
        </h2>
        <p className="mt-2" data-testid="beleid-in-gebruik">
          Versie <strong>{inGebruik.versie}</strong>
          {inGebruik.sinds
            ? `, sinds ${formatMoment(inGebruik.sinds)}.`
            : ': de standaardtermijnen van Deelwijs. De organisatie heeft nog geen eigen termijnen vastgesteld.'}
        </p>
        <table className="mt-4 w-full max-w-3xl border-collapse text-sm">
          <caption className="sr-only">De termijnen van versie {inGebruik.versie}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-2 pr-4">
                Termijn
              </th>
              <th scope="col" className="py-2 pr-4">
                In gebruik
              </th>
              <th scope="col" className="py-2">
                Standaard
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                {MAX_POGINGEN_LABEL.label}
              </th>
              <td className="py-2 pr-4">{inGebruik.beleid.toestemming.maxPogingen}</td>
              <td className="py-2">{overzicht.standaard.toestemming.maxPogingen}</td>
            </tr>
            {BELEID_GROEPEN.flatMap((g) => g.klokken).map((k) => (
              <tr key={k.pad} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  {k.label}
                </th>
                <td className="py-2 pr-4">{inWoorden(opPad(inGebruik.beleid, k.pad))}</td>
                <td className="py-2">{inWoorden(opPad(overzicht.standaard, k.pad))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {mag(gebruiker, routes.beleidVaststellen) && (
        <section aria-labelledby="nieuwe-versie" className="mt-10">
          <h2 id="nieuwe-versie" className="text-lg font-semibold">
            Nieuwe versie vaststellen
          </h2>
          <p className="mt-2 max-w-2xl text-sm text-slate-600">
            De grenzen van de wet gelden altijd:{' '}
            {overzicht.grenzen
              .map(
                (g) =>
                  `${g.wat.toLowerCase()} hoogstens ${g.hoogstens.kalenderdagen} kalenderdagen (${g.bron.wet} art. ${g.bron.artikel})`,
              )
              .join('; ')}
            .
          </p>
          <BeleidFormulier beleid={inGebruik.beleid} />
        </section>
      )}

      <section aria-labelledby="versies" className="mt-10">
        <h2 id="versies" className="text-lg font-semibold">
          Eerdere versies
        </h2>
        {overzicht.versies.length === 0 ? (
          <p className="mt-2 text-slate-600">Nog geen: de standaardtermijnen gelden sinds het begin.</p>
        ) : (
          <ol className="mt-2 max-w-3xl space-y-3">
            {overzicht.versies.map((v) => (
              <li key={v.versie} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <p className="font-medium">
                  {v.versie}, vastgesteld op {formatMoment(v.vastgesteldOp)} door {v.vastgesteldDoor.naam}
                </p>
                <p className="mt-1">{v.toelichting}</p>
                <p className="mt-1 text-slate-600">
                  {v.afwijkingen.length === 0
                    ? 'Dezelfde termijnen als de standaard.'
                    : `Anders dan de standaard: ${v.afwijkingen.map((pad) => labelVan(pad)).join(', ')}.`}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

const labelVan = (pad: string) =>
  pad === 'toestemming.maxPogingen'
    ? MAX_POGINGEN_LABEL.label.toLowerCase()
    : (BELEID_GROEPEN.flatMap((g) => g.klokken)
        .find((k) => k.pad === pad)
        ?.label.toLowerCase() ?? pad);

const inWoorden = (waarde: ReturnType<typeof opPad>) =>
  Array.isArray(waarde) ? waarde.map(duurInWoorden).join(', ') : duurInWoorden(waarde);
