'use client';

import type { ClientView, Problem } from '@deelwijs/contract';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Foutmelding } from '@/components/foutmelding';
import { apiSend } from '@/lib/api.client';
import { ClientenTabel } from './clienten-tabel';

const PER_PAGINA = 25;

interface Uitkomst {
  zoekterm: string;
  pagina: number;
  items: ClientView[];
  totaal: number;
}

/**
 * Searching by name or pseudonym. The term goes to the API in a POST body and never into the
 * address bar, so a client's name stays out of browser history and logs. Without a search the
 * team's list (`children`) shows.
 */
export function ClientenZoeken({ children }: { children: ReactNode }) {
  const [uitkomst, setUitkomst] = useState<Uitkomst>();
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);

  async function zoek(zoekterm: string, pagina: number) {
    setProblem(undefined);
    if (!zoekterm.trim()) return setUitkomst(undefined);
    setBezig(true);
    const resultaat = await apiSend('POST', '/clienten/_zoek', { zoekterm, pagina, perPagina: PER_PAGINA });
    setBezig(false);
    if (resultaat.ok)
      setUitkomst({ zoekterm, pagina, items: resultaat.data.items, totaal: resultaat.data.totaal });
    else setProblem(resultaat.problem);
  }

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void zoek(String(new FormData(event.currentTarget).get('zoekterm') ?? ''), 1);
  }

  return (
    <>
      <form aria-label="Cliënten zoeken" onSubmit={verstuur} className="mt-6 flex max-w-lg gap-2">
        <label htmlFor="zoekterm" className="sr-only">
          Zoek op naam of pseudoniem
        </label>
        <input
          id="zoekterm"
          name="zoekterm"
          placeholder="Zoek op naam of pseudoniem"
          autoComplete="off"
          className="veld"
        />
        <button type="submit" disabled={bezig} className="knop-licht">
          Zoeken
        </button>
      </form>
      <div className="mt-3">
        <Foutmelding problem={problem} />
      </div>
      {!uitkomst ? (
        children
      ) : (
        <>
          {uitkomst.items.length === 0 ? (
            <p className="mt-6 text-slate-600">Geen cliënten gevonden voor “{uitkomst.zoekterm}”.</p>
          ) : (
            <ClientenTabel items={uitkomst.items} bijschrift="Gevonden cliënten van uw team" />
          )}
          <p className="mt-3 text-sm text-slate-600">
            {uitkomst.totaal} gevonden
            {uitkomst.pagina > 1 && (
              <>
                {' · '}
                <button
                  type="button"
                  className="underline"
                  onClick={() => zoek(uitkomst.zoekterm, uitkomst.pagina - 1)}
                >
                  Vorige
                </button>
              </>
            )}
            {uitkomst.pagina * PER_PAGINA < uitkomst.totaal && (
              <>
                {' · '}
                <button
                  type="button"
                  className="underline"
                  onClick={() => zoek(uitkomst.zoekterm, uitkomst.pagina + 1)}
                >
                  Volgende
                </button>
              </>
            )}
            {' · '}
            <button type="button" className="underline" onClick={() => setUitkomst(undefined)}>
              Alle cliënten
            </button>
          </p>
        </>
      )}
    </>
  );
}
