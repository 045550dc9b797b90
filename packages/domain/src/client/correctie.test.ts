import { describe, expect, it } from 'vitest';
import { ClientDossieraantekening } from '../dossieraantekening/dossieraantekening.schema';
import {
  type ClientStand,
  type CorrectieContext,
  corrigeerClient,
  MAX_VERTEGENWOORDIGERS,
} from './correctie';

const CLIENT: ClientStand = {
  id: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
  geboortedatum: '1980-03-01',
  wilsonbekwaam: false,
  vertegenwoordigers: [{ id: '6cb6a3a8-1c2d-4e5f-8a9b-0c1d2e3f4a5b', naam: 'Sanne Jansen', rol: 'mentor' }],
};
const CTX: CorrectieContext = {
  door: { gebruikerId: ' casemanager-1 ' },
  op: '2026-12-04T10:00:00.000Z',
  vandaag: '2026-12-04',
  aantekeningId: 'correctie-1',
  vertegenwoordigerId: '7dc7b4b9-2d3e-4f60-9bac-1d2e3f4a5b6c',
  contentVersie: 'c1',
  beleidVersie: 'b1',
};
const REDEN = 'Typfout bij de inschrijving.';

describe('corrigeerClient: what is written', () => {
  it.each([
    [
      'adds a representative, by id and relation',
      { soort: 'vertegenwoordiger-toevoegen', naam: ' Tom de Vries ', rol: 'voogd', reden: REDEN },
      {
        soort: 'vertegenwoordiger',
        vertegenwoordiger: { id: CTX.vertegenwoordigerId, naam: 'Tom de Vries', rol: 'voogd' },
      },
      'vertegenwoordiger-toegevoegd',
      `Vertegenwoordiger voogd (${CTX.vertegenwoordigerId}) toegevoegd. Reden: ${REDEN}`,
    ],
    [
      'corrects the birth date, from what to what',
      { soort: 'geboortedatum-corrigeren', geboortedatum: '1981-01-03', reden: REDEN },
      { soort: 'geboortedatum', geboortedatum: '1981-01-03' },
      'geboortedatum-gecorrigeerd',
      `Geboortedatum gecorrigeerd van 1980-03-01 naar 1981-01-03. Reden: ${REDEN}`,
    ],
    [
      'accepts today as a birth date',
      { soort: 'geboortedatum-corrigeren', geboortedatum: '2026-12-04', reden: REDEN },
      { soort: 'geboortedatum', geboortedatum: '2026-12-04' },
      'geboortedatum-gecorrigeerd',
      `Geboortedatum gecorrigeerd van 1980-03-01 naar 2026-12-04. Reden: ${REDEN}`,
    ],
    [
      'marks wilsonbekwaam',
      { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: true, reden: REDEN },
      { soort: 'wilsonbekwaam', wilsonbekwaam: true },
      'wilsonbekwaamheid-gewijzigd',
      `Wilsonbekwaamheid gewijzigd van niet wilsonbekwaam naar wilsonbekwaam. Reden: ${REDEN}`,
    ],
  ])('%s', (_, invoer, wijziging, soort, tekst) => {
    const r = corrigeerClient(CLIENT, invoer, CTX);
    if (!r.ok) throw new Error(JSON.stringify(r.overtredingen));
    expect(r.waarde.wijziging).toEqual(wijziging);
    expect(r.waarde.aantekening).toEqual({
      id: 'correctie-1',
      deelverzoekId: null,
      clientId: CLIENT.id,
      soort,
      tekst,
      door: { gebruikerId: 'casemanager-1' },
      op: CTX.op,
      contentVersie: 'c1',
      beleidVersie: 'b1',
    });
    // What the chain writer gets is a valid client-level entry.
    expect(ClientDossieraantekening.parse(r.waarde.aantekening)).toEqual(r.waarde.aantekening);
  });

  it('unmarks wilsonbekwaam', () => {
    const r = corrigeerClient(
      { ...CLIENT, wilsonbekwaam: true },
      { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: false, reden: REDEN },
      CTX,
    );
    expect(r.ok && r.waarde.aantekening.tekst).toBe(
      `Wilsonbekwaamheid gewijzigd van wilsonbekwaam naar niet wilsonbekwaam. Reden: ${REDEN}`,
    );
  });

  it('adds a second person in the same relation, or the same person in another', () => {
    for (const invoer of [
      { naam: 'Piet Jansen', rol: 'mentor' },
      { naam: 'Sanne Jansen', rol: 'curator' },
    ])
      expect(
        corrigeerClient(CLIENT, { soort: 'vertegenwoordiger-toevoegen', ...invoer, reden: REDEN }, CTX).ok,
      ).toBe(true);
  });
});

describe('corrigeerClient: what is refused', () => {
  const codes = (invoer: unknown, client: ClientStand = CLIENT) => {
    const r = corrigeerClient(client, invoer, CTX);
    return r.ok ? [] : r.overtredingen.map((o) => [o.code, o.bericht]);
  };
  const vol: ClientStand = {
    ...CLIENT,
    vertegenwoordigers: Array.from({ length: MAX_VERTEGENWOORDIGERS }, (_, i) => ({
      id: `v${i}`,
      naam: `Persoon ${i}`,
      rol: 'ouder' as const,
    })),
  };

  it.each([
    [
      'a birth date in the future',
      { soort: 'geboortedatum-corrigeren', geboortedatum: '2026-12-05', reden: REDEN },
      CLIENT,
      [['geboortedatum-in-de-toekomst', 'De geboortedatum ligt in de toekomst.']],
    ],
    [
      'the birth date on file already',
      { soort: 'geboortedatum-corrigeren', geboortedatum: '1980-03-01', reden: REDEN },
      CLIENT,
      [['ongewijzigd', 'Dit is al de geboortedatum van de cliënt. Er is niets te verbeteren.']],
    ],
    [
      'a date that is not one',
      { soort: 'geboortedatum-corrigeren', geboortedatum: '1981-02-30', reden: REDEN },
      CLIENT,
      [['ongeldige-invoer', 'Vul de geboortedatum in als dag, maand en jaar.']],
    ],
    [
      'wilsonbekwaamheid as it is',
      { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: false, reden: REDEN },
      CLIENT,
      [['ongewijzigd', 'De cliënt staat al als niet wilsonbekwaam. Er is niets te wijzigen.']],
    ],
    [
      'wilsonbekwaam when already so',
      { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: true, reden: REDEN },
      { ...CLIENT, wilsonbekwaam: true },
      [['ongewijzigd', 'De cliënt staat al als wilsonbekwaam. Er is niets te wijzigen.']],
    ],
    [
      'a representative without a name',
      { soort: 'vertegenwoordiger-toevoegen', naam: ' ', rol: 'voogd', reden: REDEN },
      CLIENT,
      [['ongeldige-invoer', 'Vul de naam van de vertegenwoordiger in (minstens 2 tekens).']],
    ],
    [
      'a representative without a relation',
      { soort: 'vertegenwoordiger-toevoegen', naam: 'Tom de Vries', reden: REDEN },
      CLIENT,
      [
        [
          'ongeldige-invoer',
          'Kies hoe deze persoon de cliënt vertegenwoordigt (bijvoorbeeld ouder met gezag of voogd).',
        ],
      ],
    ],
    [
      'the same representative twice (name in other case)',
      { soort: 'vertegenwoordiger-toevoegen', naam: 'sanne jansen', rol: 'mentor', reden: REDEN },
      CLIENT,
      [['vertegenwoordiger-bestaat-al', 'sanne jansen staat al als mentor bij deze cliënt.']],
    ],
    [
      'one representative more than the limit',
      { soort: 'vertegenwoordiger-toevoegen', naam: 'Tom de Vries', rol: 'voogd', reden: REDEN },
      vol,
      [
        [
          'te-veel-vertegenwoordigers',
          `Een cliënt heeft hoogstens ${MAX_VERTEGENWOORDIGERS} vertegenwoordigers.`,
        ],
      ],
    ],
    [
      'no reason',
      { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: true },
      CLIENT,
      [['ongeldige-invoer', 'Schrijf op waarom u dit wijzigt.']],
    ],
    [
      'a reason of a few letters',
      { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: true, reden: ' fout ' },
      CLIENT,
      [['ongeldige-invoer', 'Schrijf op waarom u dit wijzigt, in minstens 5 tekens.']],
    ],
    [
      'an unknown kind of change',
      { soort: 'naam-wijzigen', naam: 'X', reden: REDEN },
      CLIENT,
      [
        [
          'ongeldige-invoer',
          'Kies wat u wilt wijzigen: een vertegenwoordiger, de geboortedatum of de wilsonbekwaamheid.',
        ],
      ],
    ],
  ])('%s', (_, invoer, client, verwacht) => {
    expect(codes(invoer, client)).toEqual(verwacht);
  });
});
