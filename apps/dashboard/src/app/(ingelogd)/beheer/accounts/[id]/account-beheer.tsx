'use client';

import type { Account, Problem, Team, UitnodigingVerzending } from '@deelwijs/contract';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FoutOverzicht } from '@/components/fout-overzicht';
import { useVerzending } from '@/lib/api.client';
import { AccountKeuzes, type Keuzes, ontbreekt, VELDEN } from '../account-velden';
import { verzendingTekst } from '../status';
import { Bevestigvraag } from './bevestigvraag';

/** Changing an account, and deactivating it after a confirmation that says what will happen. */
export function AccountBeheer({ account, teams }: { account: Account; teams: Team[] }) {
  const router = useRouter();
  const verzend = useVerzending();
  const [keuzes, setKeuzes] = useState<Keuzes>({
    rollen: account.rollen,
    team: account.team,
    pet: account.pet as Keuzes['pet'],
    beroepsgeheim: account.beroepsgeheim as Keuzes['beroepsgeheim'],
  });
  const [problem, setProblem] = useState<Problem>();
  const [opgeslagen, setOpgeslagen] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [bevestigen, setBevestigen] = useState(false);
  const [deactiveerProbleem, setDeactiveerProbleem] = useState<Problem>();
  const [uitnodigProbleem, setUitnodigProbleem] = useState<Problem>();
  const [opnieuw, setOpnieuw] = useState(false);
  const [verzonden, setVerzonden] = useState<UitnodigingVerzending>();
  const nodig = ontbreekt(keuzes);
  const gedeactiveerd = account.status === 'gedeactiveerd';

  async function opslaan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBezig(true);
    setOpgeslagen(false);
    const resultaat = await verzend('POST', `/gebruikers/${account.id}/wijzigen`, {
      ...keuzes,
      organisatietype: account.organisatietype as never,
    });
    setBezig(false);
    if (resultaat.ok) {
      setProblem(undefined);
      setOpgeslagen(true);
      router.refresh();
    } else setProblem(resultaat.problem);
  }

  async function deactiveer() {
    setBezig(true);
    const resultaat = await verzend('POST', `/gebruikers/${account.id}/deactiveren`);
    setBezig(false);
    setBevestigen(false);
    if (resultaat.ok) {
      setDeactiveerProbleem(undefined);
      router.refresh();
    } else setDeactiveerProbleem(resultaat.problem);
  }

  async function opnieuwMailen() {
    setBezig(true);
    const resultaat = await verzend('POST', `/gebruikers/${account.id}/uitnodiging`);
    setBezig(false);
    setOpnieuw(false);
    if (resultaat.ok) {
      setUitnodigProbleem(undefined);
      setVerzonden(resultaat.data.uitnodiging);
      router.refresh();
    } else setUitnodigProbleem(resultaat.problem);
  }

  if (gedeactiveerd)
    return (
      <p className="mt-6 max-w-2xl">
        Dit account is gedeactiveerd. Het kan niet meer inloggen en krijgt geen rollen meer; zijn naam blijft
        in de dossiers staan.
      </p>
    );

  return (
    <>
      <form
        onSubmit={opslaan}
        noValidate
        aria-labelledby="wijzigen"
        className="mt-6 max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h2 id="wijzigen" className="text-lg font-semibold">
          Rollen, team, pet en beroepsgeheim
        </h2>
        <FoutOverzicht problem={problem} velden={VELDEN} />
        {opgeslagen && (
          <p role="status" className="rounded-md bg-green-50 p-2 text-sm text-green-900">
            Opgeslagen. Toegekende en ingetrokken rollen staan in het rolwijzigingslog van de privacy officer.
          </p>
        )}
        <AccountKeuzes keuzes={keuzes} wijzig={setKeuzes} teams={teams} problem={problem} />
        <div className="flex items-center gap-3">
          <button
            type="submit"
            className="knop"
            disabled={bezig || nodig.length > 0}
            aria-describedby={nodig.length > 0 ? 'opslaan-nodig' : undefined}
          >
            Wijzigingen opslaan
          </button>
          {nodig.length > 0 && (
            <span id="opslaan-nodig" className="text-sm text-slate-600">
              Nog nodig: {nodig.join(', ')}.
            </span>
          )}
        </div>
      </form>

      {account.status === 'uitgenodigd' && (
        <section aria-labelledby="uitnodiging" className="mt-8 max-w-2xl">
          <h2 id="uitnodiging" className="text-lg font-semibold">
            Uitnodiging
          </h2>
          {account.uitnodiging && !verzonden && (
            <p className="mt-1 text-sm" data-testid="uitnodiging-stand">
              {verzendingTekst(account.uitnodiging)}
            </p>
          )}
          <FoutOverzicht problem={uitnodigProbleem} />
          {verzonden && (
            <p role="status" className="mt-2 rounded-md bg-green-50 p-2 text-sm text-green-900">
              {verzendingTekst(verzonden)} De vorige link werkt niet meer.
            </p>
          )}
          {opnieuw ? (
            <Bevestigvraag
              vraag={`Uitnodiging opnieuw mailen naar ${account.email}?`}
              ja="Ja, opnieuw mailen"
              bezig={bezig}
              onJa={opnieuwMailen}
              onAnnuleer={() => setOpnieuw(false)}
            >
              <p className="mt-1">
                {account.naam} krijgt een nieuwe e-mail met een nieuwe link. De link uit een eerdere e-mail
                werkt daarna niet meer.
              </p>
            </Bevestigvraag>
          ) : (
            <>
              <p className="mt-1 text-sm">
                Is de e-mail niet aangekomen, of werkt de link niet meer? Mail een nieuwe; de oude werkt dan
                niet meer.
              </p>
              <button type="button" className="knop-licht mt-2" onClick={() => setOpnieuw(true)}>
                Uitnodiging opnieuw mailen…
              </button>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="deactiveren" className="mt-8 max-w-2xl">
        <h2 id="deactiveren" className="text-lg font-semibold">
          Deactiveren
        </h2>
        <FoutOverzicht problem={deactiveerProbleem} />
        {bevestigen ? (
          <Bevestigvraag
            vraag={`${account.naam} deactiveren?`}
            ja="Ja, deactiveren"
            bezig={bezig}
            onJa={deactiveer}
            onAnnuleer={() => setBevestigen(false)}
          >
            <p className="mt-1">Als u doorgaat:</p>
            <ul className="mt-1 list-disc pl-5">
              <li>kan {account.naam} niet meer inloggen, ook niet met het organisatie-account;</li>
              <li>eindigen alle sessies van {account.naam} direct, op elk apparaat;</li>
              <li>vervallen alle rollen; de privacy officer ziet dat in het rolwijzigingslog;</li>
              <li>blijft de naam in de dossiers staan, zodat terug te lezen is wie wat deed.</li>
            </ul>
            <p className="mt-1">
              Heeft het account nog open deelverzoeken of toetsingen, dan weigert Deelwijs en ziet u hoeveel.
            </p>
          </Bevestigvraag>
        ) : (
          <button type="button" className="knop-licht mt-2" onClick={() => setBevestigen(true)}>
            Account deactiveren…
          </button>
        )}
      </section>
    </>
  );
}
