'use client';

import { clientCorrectieTekst as t, vertegenwoordigerRolLabel } from '@deelwijs/content';
import type { ClientCorrectieVerzoek, ClientDetail, Problem } from '@deelwijs/contract';
import { VertegenwoordigerRol } from '@deelwijs/domain';
import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useState } from 'react';
import { FoutOverzicht, foutVoor } from '@/components/fout-overzicht';
import { DatumInvoer, Veld } from '@/components/veld';
import { useVerzending } from '@/lib/api.client';
import { leesDatum } from '@/lib/datum';

/**
 * One correction form's state: send, then on success clear the fields, say so and reload the page
 * (the new entry shows in the file); on failure keep the input and show the API's problem.
 */
export function useCorrectie(clientId: string, leegmaken: () => void) {
  const router = useRouter();
  const verzend = useVerzending();
  const [problem, setProblem] = useState<Problem>();
  const [gelukt, setGelukt] = useState(false);
  const [bezig, setBezig] = useState(false);
  async function stuur(correctie: ClientCorrectieVerzoek) {
    setBezig(true);
    setGelukt(false);
    const r = await verzend('POST', `/clienten/${clientId}/correcties`, correctie);
    setBezig(false);
    if (!r.ok) return setProblem(r.problem);
    setProblem(undefined);
    setGelukt(true);
    leegmaken();
    router.refresh();
  }
  return { problem, gelukt, bezig, stuur };
}

/** The forms on the client page for who may correct the client (a casemanager of the team). */
export function Correcties({ client }: { client: ClientDetail }) {
  return (
    <section
      aria-labelledby="correcties"
      className="mt-8 max-w-3xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="correcties" className="text-lg font-semibold">
        {t.kop}
      </h2>
      <p className="mt-2 text-sm">{t.uitleg}</p>
      <p className="mt-1 text-sm text-slate-700">
        {client.lopendeDeelverzoeken > 0
          ? t.lopendeDeelverzoeken(client.lopendeDeelverzoeken)
          : t.geenLopende}
      </p>
      <div className="mt-4 space-y-6">
        <VertegenwoordigerToevoegen clientId={client.id} />
        <GeboortedatumVerbeteren clientId={client.id} />
        <Wilsonbekwaamheid clientId={client.id} wilsonbekwaam={client.wilsonbekwaam} />
      </div>
    </section>
  );
}

function VertegenwoordigerToevoegen({ clientId }: { clientId: string }) {
  const [naam, setNaam] = useState('');
  const [rol, setRol] = useState<VertegenwoordigerRol | ''>('');
  const [reden, setReden] = useState('');
  const c = useCorrectie(clientId, () => {
    setNaam('');
    setRol('');
    setReden('');
  });
  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // An empty choice goes as it is: the API's answer names the missing field in Dutch.
    void c.stuur({ soort: 'vertegenwoordiger-toevoegen', naam, rol: rol as VertegenwoordigerRol, reden });
  }
  return (
    <Formulier
      id="vertegenwoordiger"
      kop={t.vertegenwoordiger.kop}
      onSubmit={verstuur}
      problem={c.problem}
      velden={{
        naam: 'vertegenwoordiger-naam',
        rol: 'vertegenwoordiger-rol',
        reden: 'vertegenwoordiger-reden',
      }}
      gelukt={c.gelukt ? t.vertegenwoordiger.gelukt : undefined}
    >
      <Veld id="vertegenwoordiger-naam" label={t.vertegenwoordiger.naam} fout={foutVoor(c.problem, 'naam')}>
        <input
          id="vertegenwoordiger-naam"
          className="veld mt-1"
          value={naam}
          onChange={(e) => setNaam(e.target.value)}
          autoComplete="off"
          aria-invalid={Boolean(foutVoor(c.problem, 'naam'))}
          aria-describedby="vertegenwoordiger-naam-fout"
        />
      </Veld>
      <Veld id="vertegenwoordiger-rol" label={t.vertegenwoordiger.rol} fout={foutVoor(c.problem, 'rol')}>
        <select
          id="vertegenwoordiger-rol"
          className="veld mt-1"
          value={rol}
          onChange={(e) => setRol(e.target.value as VertegenwoordigerRol | '')}
          aria-invalid={Boolean(foutVoor(c.problem, 'rol'))}
          aria-describedby="vertegenwoordiger-rol-fout"
        >
          <option value="">Kies…</option>
          {VertegenwoordigerRol.options.map((r) => (
            <option key={r} value={r}>
              {vertegenwoordigerRolLabel[r]}
            </option>
          ))}
        </select>
      </Veld>
      <Reden id="vertegenwoordiger-reden" waarde={reden} zet={setReden} problem={c.problem} />
      <button type="submit" className="knop" disabled={c.bezig}>
        {c.bezig ? t.bezig : t.vertegenwoordiger.knop}
      </button>
    </Formulier>
  );
}

function GeboortedatumVerbeteren({ clientId }: { clientId: string }) {
  const [datum, setDatum] = useState('');
  const [reden, setReden] = useState('');
  const c = useCorrectie(clientId, () => {
    setDatum('');
    setReden('');
  });
  return (
    <Formulier
      id="geboortedatum"
      kop={t.geboortedatum.kop}
      onSubmit={(e) => {
        e.preventDefault();
        // Sent as the JJJJ-MM-DD the API takes; what cannot be read goes as typed, for the API's message.
        void c.stuur({ soort: 'geboortedatum-corrigeren', geboortedatum: leesDatum(datum) ?? datum, reden });
      }}
      problem={c.problem}
      velden={{ geboortedatum: 'nieuwe-geboortedatum', reden: 'geboortedatum-reden' }}
      gelukt={c.gelukt ? t.geboortedatum.gelukt : undefined}
    >
      <Veld
        id="nieuwe-geboortedatum"
        label={t.geboortedatum.veld}
        fout={foutVoor(c.problem, 'geboortedatum')}
      >
        <DatumInvoer
          id="nieuwe-geboortedatum"
          value={datum}
          onChange={(e) => setDatum(e.target.value)}
          fout={foutVoor(c.problem, 'geboortedatum')}
        />
      </Veld>
      <Reden id="geboortedatum-reden" waarde={reden} zet={setReden} problem={c.problem} />
      <button type="submit" className="knop" disabled={c.bezig}>
        {c.bezig ? t.bezig : t.geboortedatum.knop}
      </button>
    </Formulier>
  );
}

function Wilsonbekwaamheid({ clientId, wilsonbekwaam }: { clientId: string; wilsonbekwaam: boolean }) {
  const [reden, setReden] = useState('');
  const c = useCorrectie(clientId, () => setReden(''));
  return (
    <Formulier
      id="wilsonbekwaamheid"
      kop={t.wilsonbekwaam.kop}
      onSubmit={(e) => {
        e.preventDefault();
        void c.stuur({ soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: !wilsonbekwaam, reden });
      }}
      problem={c.problem}
      velden={{ reden: 'wilsonbekwaamheid-reden' }}
      gelukt={c.gelukt ? t.wilsonbekwaam.gelukt : undefined}
    >
      <p className="text-sm">{wilsonbekwaam ? t.wilsonbekwaam.nuWel : t.wilsonbekwaam.nuNiet}</p>
      <Reden id="wilsonbekwaamheid-reden" waarde={reden} zet={setReden} problem={c.problem} />
      <button type="submit" className="knop" disabled={c.bezig}>
        {c.bezig ? t.bezig : wilsonbekwaam ? t.wilsonbekwaam.weghalen : t.wilsonbekwaam.markeren}
      </button>
    </Formulier>
  );
}

/** A correction form: its heading, the error summary (focused on failure), the fields, the confirmation. */
function Formulier({
  id,
  kop,
  onSubmit,
  problem,
  velden,
  gelukt,
  children,
}: {
  id: string;
  kop: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  problem?: Problem;
  velden: Record<string, string>;
  gelukt?: string;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-kop`}
      className="space-y-3 border-t border-slate-200 pt-4"
    >
      <h3 id={`${id}-kop`} className="font-semibold">
        {kop}
      </h3>
      <FoutOverzicht problem={problem} velden={velden} />
      {gelukt && (
        <p role="status" className="text-sm text-green-900">
          {gelukt}
        </p>
      )}
      {children}
    </form>
  );
}

function Reden({
  id,
  waarde,
  zet,
  problem,
}: {
  id: string;
  waarde: string;
  zet: (v: string) => void;
  problem?: Problem;
}) {
  const fout = foutVoor(problem, 'reden');
  return (
    <Veld id={id} label={t.reden} fout={fout}>
      <span id={`${id}-hint`} className="block text-sm text-slate-600">
        {t.redenHint}
      </span>
      <textarea
        id={id}
        rows={2}
        className="veld mt-1"
        value={waarde}
        onChange={(e) => zet(e.target.value)}
        aria-invalid={Boolean(fout)}
        aria-describedby={`${id}-hint ${id}-fout`}
      />
    </Veld>
  );
}
