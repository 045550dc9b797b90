'use client';

import type { Problem, UitnodigingView } from '@deelwijs/contract';
import Link from 'next/link';
import { type FormEvent, useEffect, useState } from 'react';
import { FoutOverzicht, foutVoor } from '@/components/fout-overzicht';
import { apiSend } from '@/lib/api.client';

type Stand =
  | { soort: 'laden' }
  | { soort: 'fout'; problem: Problem }
  | { soort: 'kiezen'; token: string; uitnodiging: UitnodigingView }
  | { soort: 'klaar'; email: string };

const GEEN_LINK: Problem = {
  type: 'about:blank',
  title: 'Deze link is niet compleet',
  status: 400,
  detail:
    'Open de link uit uw uitnodiging opnieuw, helemaal. Lukt dat niet, vraag dan uw functioneel beheerder om een nieuwe.',
};

export function UitnodigingAannemen() {
  const [stand, setStand] = useState<Stand>({ soort: 'laden' });
  const [wachtwoord, setWachtwoord] = useState('');
  const [herhaling, setHerhaling] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);

  useEffect(() => {
    const token = window.location.hash.slice(1);
    if (!token) {
      setStand({ soort: 'fout', problem: GEEN_LINK });
      return;
    }
    void apiSend('POST', '/uitnodigingen/_bekijk', { token }).then((r) =>
      setStand(
        r.ok ? { soort: 'kiezen', token, uitnodiging: r.data } : { soort: 'fout', problem: r.problem },
      ),
    );
  }, []);

  const nodig = [
    ...(wachtwoord.length < 12 ? ['een wachtwoord van minstens 12 tekens'] : []),
    ...(herhaling !== wachtwoord || !herhaling ? ['hetzelfde wachtwoord nog een keer'] : []),
  ];

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stand.soort !== 'kiezen') return;
    setBezig(true);
    const r = await apiSend('POST', '/uitnodigingen/_aanvaard', { token: stand.token, wachtwoord });
    setBezig(false);
    if (r.ok) {
      // The secret has done its work: out of the address bar and the history entry.
      window.history.replaceState(null, '', '/uitnodiging');
      setStand({ soort: 'klaar', email: r.data.email });
    } else if (r.problem.status === 410 || r.problem.status === 404)
      setStand({ soort: 'fout', problem: r.problem });
    else setProblem(r.problem);
  }

  if (stand.soort === 'laden') return <p className="mt-4">Uw uitnodiging wordt opgezocht…</p>;
  if (stand.soort === 'fout')
    return (
      <div className="mt-4 space-y-3">
        <FoutOverzicht problem={stand.problem} />
        <p className="text-sm">
          Heeft u al een wachtwoord gekozen? <Link href="/inloggen">Naar de inlogpagina</Link>
        </p>
      </div>
    );
  if (stand.soort === 'klaar')
    return (
      <div className="mt-4 space-y-3" role="status">
        <p>Uw wachtwoord is ingesteld. U kunt nu inloggen met {stand.email}.</p>
        <p>
          <Link href="/inloggen">Naar de inlogpagina</Link>
        </p>
      </div>
    );

  const fout = foutVoor(problem, 'wachtwoord');
  return (
    <>
      <p className="mt-2 text-sm text-slate-600">
        {stand.uitnodiging.naam}, u bent uitgenodigd om met Deelwijs te werken als {stand.uitnodiging.email}.
        Kies zelf een wachtwoord. Niemand anders kent het, ook de beheerder niet.
      </p>
      <form onSubmit={verstuur} noValidate className="mt-6 space-y-4">
        <FoutOverzicht problem={problem} velden={{ wachtwoord: 'wachtwoord' }} />
        <input type="hidden" name="email" autoComplete="username" value={stand.uitnodiging.email} />
        <div>
          <label htmlFor="wachtwoord" className="block text-sm font-medium">
            Nieuw wachtwoord (minstens 12 tekens)
          </label>
          <input
            id="wachtwoord"
            type="password"
            autoComplete="new-password"
            className="veld mt-1"
            value={wachtwoord}
            onChange={(e) => setWachtwoord(e.target.value)}
            aria-invalid={Boolean(fout)}
            aria-describedby="wachtwoord-fout"
          />
          <span id="wachtwoord-fout" className="text-sm text-red-700">
            {fout}
          </span>
        </div>
        <div>
          <label htmlFor="herhaling" className="block text-sm font-medium">
            Hetzelfde wachtwoord nog een keer
          </label>
          <input
            id="herhaling"
            type="password"
            autoComplete="new-password"
            className="veld mt-1"
            value={herhaling}
            onChange={(e) => setHerhaling(e.target.value)}
            aria-invalid={herhaling.length > 0 && herhaling !== wachtwoord}
            aria-describedby="herhaling-fout"
          />
          <span id="herhaling-fout" className="text-sm text-red-700">
            {herhaling.length > 0 && herhaling !== wachtwoord ? 'De twee wachtwoorden zijn niet gelijk.' : ''}
          </span>
        </div>
        <button
          type="submit"
          className="knop w-full"
          disabled={bezig || nodig.length > 0}
          aria-describedby={nodig.length > 0 ? 'wachtwoord-nodig' : undefined}
        >
          {bezig ? 'Bezig…' : 'Wachtwoord instellen'}
        </button>
        {nodig.length > 0 && (
          <p id="wachtwoord-nodig" className="text-sm text-slate-600">
            Nog nodig: {nodig.join(' en ')}.
          </p>
        )}
      </form>
    </>
  );
}
