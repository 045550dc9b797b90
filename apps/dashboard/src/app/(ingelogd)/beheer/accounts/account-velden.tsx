'use client';

import { BeroepsgeheimKlasse, beroepsgeheimLabel, petten } from '@deelwijs/content';
import {
  type AccountVelden,
  type Problem,
  Rol,
  rolLabel,
  rollenDieClientgegevensLezen,
  type Team,
} from '@deelwijs/contract';
import { foutVoor } from '@/components/fout-overzicht';

export type Keuzes = Pick<AccountVelden, 'rollen' | 'team' | 'pet' | 'beroepsgeheim'>;

/** What a form still lacks before it can be sent, in words for beside the disabled button. */
export const ontbreekt = (k: Keuzes) => [
  ...(k.rollen.length === 0 ? ['een rol'] : []),
  ...(k.team ? [] : ['een team']),
];

/** Roles, team, pet and beroepsgeheim: the part of an account the beheerder decides. */
export function AccountKeuzes({
  keuzes,
  wijzig,
  teams,
  problem,
}: {
  keuzes: Keuzes;
  wijzig: (k: Keuzes) => void;
  teams: Team[];
  problem?: Problem;
}) {
  const fout = (veld: string) => foutVoor(problem, veld);
  return (
    <>
      <fieldset aria-describedby="rollen-uitleg rollen-fout">
        <legend id="rollen" tabIndex={-1} className="text-sm font-medium">
          Rollen
        </legend>
        <p id="rollen-uitleg" className="text-sm text-slate-600">
          Een rol met een sterretje (*) geeft toegang tot gegevens van cliënten. Dat toekennen ziet de privacy
          officer terug.
        </p>
        <div className="mt-1 flex flex-wrap gap-4">
          {Rol.options.map((rol) => (
            <label key={rol} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="rollen"
                value={rol}
                checked={keuzes.rollen.includes(rol)}
                aria-invalid={Boolean(fout('rollen'))}
                onChange={(e) =>
                  wijzig({
                    ...keuzes,
                    rollen: e.target.checked
                      ? [...keuzes.rollen, rol]
                      : keuzes.rollen.filter((r) => r !== rol),
                  })
                }
              />
              {rolLabel[rol]}
              {rollenDieClientgegevensLezen.includes(rol) ? ' *' : ''}
            </label>
          ))}
        </div>
        <span id="rollen-fout" className="text-sm text-red-700">
          {fout('rollen')}
        </span>
      </fieldset>
      <div>
        <label htmlFor="team" className="block text-sm font-medium">
          Team
        </label>
        <select
          id="team"
          className="veld mt-1"
          value={keuzes.team}
          aria-invalid={Boolean(fout('team'))}
          aria-describedby="team-fout"
          onChange={(e) => wijzig({ ...keuzes, team: e.target.value })}
        >
          <option value="">Kies een team</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.naam}
            </option>
          ))}
        </select>
        <span id="team-fout" className="text-sm text-red-700">
          {fout('team')}
        </span>
      </div>
      <div>
        <label htmlFor="pet" className="block text-sm font-medium">
          Pet (Bijlage 1)
        </label>
        <select
          id="pet"
          className="veld mt-1"
          value={keuzes.pet ?? ''}
          aria-invalid={Boolean(fout('pet'))}
          aria-describedby="pet-fout"
          onChange={(e) => wijzig({ ...keuzes, pet: (e.target.value || null) as Keuzes['pet'] })}
        >
          <option value="">Geen pet (geen casemanager)</option>
          {petten.map((p) => (
            <option key={p.id} value={p.id}>
              {p.naam}
            </option>
          ))}
        </select>
        <span id="pet-fout" className="text-sm text-red-700">
          {fout('pet')}
        </span>
      </div>
      <div>
        <label htmlFor="beroepsgeheim" className="block text-sm font-medium">
          Beroepsgeheim
        </label>
        <select
          id="beroepsgeheim"
          className="veld mt-1"
          value={keuzes.beroepsgeheim}
          aria-invalid={Boolean(fout('beroepsgeheim'))}
          aria-describedby="beroepsgeheim-fout"
          onChange={(e) => wijzig({ ...keuzes, beroepsgeheim: e.target.value as Keuzes['beroepsgeheim'] })}
        >
          {BeroepsgeheimKlasse.options.map((k) => (
            <option key={k} value={k}>
              {beroepsgeheimLabel[k]}
            </option>
          ))}
        </select>
        <span id="beroepsgeheim-fout" className="text-sm text-red-700">
          {fout('beroepsgeheim')}
        </span>
      </div>
    </>
  );
}

export const VELDEN = {
  naam: 'naam',
  email: 'email',
  rollen: 'rollen',
  team: 'team',
  pet: 'pet',
  beroepsgeheim: 'beroepsgeheim',
};
