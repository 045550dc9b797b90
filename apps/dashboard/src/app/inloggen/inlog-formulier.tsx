'use client';

import type { Problem } from '@deelwijs/contract';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FoutOverzicht, foutVoor } from '@/components/fout-overzicht';
import { apiSend } from '@/lib/api.client';

export function InlogFormulier() {
  const router = useRouter();
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);

  async function logIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBezig(true);
    const resultaat = await apiSend('POST', '/sessies', {
      email: String(form.get('email') ?? ''),
      wachtwoord: String(form.get('wachtwoord') ?? ''),
    });
    setBezig(false);
    if (resultaat.ok) {
      router.push('/'); // the home page sends each role to its own start page
      router.refresh();
    } else setProblem(resultaat.problem);
  }

  return (
    <form onSubmit={logIn} className="mt-6 space-y-4" noValidate>
      <FoutOverzicht problem={problem} velden={{ email: 'email', wachtwoord: 'wachtwoord' }} />
      <label className="block text-sm font-medium">
        E-mailadres
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="veld mt-1"
          aria-invalid={foutVoor(problem, 'email') ? true : undefined}
        />
      </label>
      <label className="block text-sm font-medium">
        Wachtwoord
        <input
          id="wachtwoord"
          aria-invalid={foutVoor(problem, 'wachtwoord') ? true : undefined}
          name="wachtwoord"
          type="password"
          autoComplete="current-password"
          required
          className="veld mt-1"
        />
      </label>
      <button type="submit" disabled={bezig} className="knop w-full">
        {bezig ? 'Bezig met inloggen…' : 'Inloggen'}
      </button>
    </form>
  );
}
