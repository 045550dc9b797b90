'use client';

import { type FormEvent, useState } from 'react';
import { Foutmelding } from '@/components/foutmelding';
import { useOpdracht } from './gebruik-opdracht';

/** Afweging 1 of the handbook: does the question belong to me? No → refer the client. */
export function Afweging1Formulier({
  deelverzoekId,
  volgnummer,
}: {
  deelverzoekId: string;
  volgnummer: number;
}) {
  const [hoortBijMij, setHoortBijMij] = useState<boolean>();
  const { verstuur: stuur, problem, bezig } = useOpdracht(deelverzoekId, volgnummer);

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await stuur({
      soort: 'afweging-1',
      antwoord: {
        hoortBijMij: hoortBijMij === true,
        toelichting: String(form.get('toelichting') ?? ''),
        ...(hoortBijMij === false ? { doorverwezenNaar: String(form.get('doorverwezenNaar') ?? '') } : {}),
      },
    });
  }

  return (
    <form
      onSubmit={verstuur}
      noValidate
      className="mt-8 max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 className="text-lg font-semibold">Afweging 1: hoort de vraag bij mij?</h2>
      <p className="text-sm text-slate-600">
        Heeft u de deskundigheid en is het uw taak? Kunt u iets betekenen voor de oplossing? Zo niet, verwijs
        de cliënt door en help hem op weg.
      </p>
      <fieldset className="flex gap-6">
        <legend className="sr-only">Hoort de vraag bij mij?</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="hoortBijMij" onChange={() => setHoortBijMij(true)} /> Ja, de vraag hoort
          bij mij
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="hoortBijMij" onChange={() => setHoortBijMij(false)} /> Nee, ik verwijs
          door
        </label>
      </fieldset>
      {hoortBijMij === false && (
        <label className="block text-sm font-medium">
          Doorverwezen naar
          <input name="doorverwezenNaar" className="veld mt-1" />
        </label>
      )}
      <label className="block text-sm font-medium">
        Toelichting
        <textarea name="toelichting" rows={3} className="veld mt-1" />
      </label>
      <Foutmelding problem={problem} />
      <button type="submit" className="knop" disabled={bezig || hoortBijMij === undefined}>
        {bezig ? 'Bezig met vastleggen…' : 'Antwoord vastleggen'}
      </button>
    </form>
  );
}
