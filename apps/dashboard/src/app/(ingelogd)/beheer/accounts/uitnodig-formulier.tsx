'use client';

import type { Problem, Team, UitnodigingVerzending } from '@deelwijs/contract';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FoutOverzicht, foutVoor } from '@/components/fout-overzicht';
import { useVerzending } from '@/lib/api.client';
import { AccountKeuzes, type Keuzes, ontbreekt, VELDEN } from './account-velden';
import { verzendingTekst } from './status';

const leeg: Keuzes = { rollen: [], team: '', pet: null, beroepsgeheim: 'algemeen' };

/** Invites someone; the link goes to their mailbox only, the beheerder reads where and whether it went. */
export function UitnodigFormulier({ teams }: { teams: Team[] }) {
  const router = useRouter();
  const verzend = useVerzending();
  const [naam, setNaam] = useState('');
  const [email, setEmail] = useState('');
  const [keuzes, setKeuzes] = useState<Keuzes>(leeg);
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);
  const [verstuurd, setVerstuurd] = useState<{ naam: string; uitnodiging: UitnodigingVerzending }>();
  const nodig = [
    ...(naam.trim() ? [] : ['een naam']),
    ...(email.trim() ? [] : ['een e-mailadres']),
    ...ontbreekt(keuzes),
  ];

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBezig(true);
    const resultaat = await verzend('POST', '/gebruikers', { naam, email, ...keuzes });
    setBezig(false);
    if (!resultaat.ok) {
      setProblem(resultaat.problem);
      return;
    }
    setProblem(undefined);
    setVerstuurd({ naam: resultaat.data.account.naam, uitnodiging: resultaat.data.uitnodiging });
    setNaam('');
    setEmail('');
    setKeuzes(leeg);
    router.refresh();
  }

  return (
    <>
      {verstuurd && (
        <section
          role="status"
          aria-labelledby="verstuurd-titel"
          className={`mt-4 max-w-2xl rounded-md border p-4 text-sm ${verstuurd.uitnodiging.status === 'niet-verstuurd' ? 'border-amber-300 bg-amber-50' : 'border-green-300 bg-green-50'}`}
        >
          <h3 id="verstuurd-titel" className="font-semibold">
            {verstuurd.naam} is uitgenodigd
          </h3>
          <p className="mt-1" data-testid="uitnodiging-verzending">
            {verzendingTekst(verstuurd.uitnodiging)}
          </p>
          <p className="mt-1">
            Met de link in die e-mail kiest {verstuurd.naam} zelf een wachtwoord. U ziet de link en het
            wachtwoord nooit.
          </p>
        </section>
      )}
      <form
        onSubmit={verstuur}
        noValidate
        aria-labelledby="uitnodigen"
        className="mt-4 max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h3 id="uitnodigen" className="text-base font-semibold">
          Iemand uitnodigen
        </h3>
        <FoutOverzicht problem={problem} velden={VELDEN} />
        <div>
          <label htmlFor="naam" className="block text-sm font-medium">
            Naam
          </label>
          <input
            id="naam"
            className="veld mt-1"
            value={naam}
            onChange={(e) => setNaam(e.target.value)}
            aria-invalid={Boolean(foutVoor(problem, 'naam'))}
            aria-describedby="naam-fout"
          />
          <span id="naam-fout" className="text-sm text-red-700">
            {foutVoor(problem, 'naam')}
          </span>
        </div>
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            E-mailadres
          </label>
          <input
            id="email"
            type="email"
            className="veld mt-1"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={Boolean(foutVoor(problem, 'email'))}
            aria-describedby="email-fout"
          />
          <span id="email-fout" className="text-sm text-red-700">
            {foutVoor(problem, 'email')}
          </span>
        </div>
        <AccountKeuzes keuzes={keuzes} wijzig={setKeuzes} teams={teams} problem={problem} />
        <div className="flex items-center gap-3">
          <button
            type="submit"
            className="knop"
            disabled={bezig || nodig.length > 0}
            aria-describedby={nodig.length > 0 ? 'uitnodigen-nodig' : undefined}
          >
            {bezig ? 'Bezig…' : 'Uitnodigen'}
          </button>
          {nodig.length > 0 && (
            <span id="uitnodigen-nodig" className="text-sm text-slate-600">
              Nog nodig: {nodig.join(', ')}.
            </span>
          )}
        </div>
      </form>
    </>
  );
}
