import { type Beleid, standaardBeleid } from '@deelwijs/content';
import { deelverzoekQueries, notificatieQueries } from '@deelwijs/db';
import type { Medewerker, Opdracht, Overdracht } from '@deelwijs/domain';
import { overdrachtUpdate } from '@deelwijs/temporal';
import type { WorkflowHandle } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { metWorkflowOmgeving } from './support/omgeving';
import { acuteVerstrekking, acuutTotAfweging4, afweging1Ja, afweging2Ja } from './support/opdrachten';
import { casemanager, testInput } from './support/temporal';

// wijkteam-noord of the demo seed: Eva started it, Fatima takes it over, Ahmed leads the team.
const ahmed: Medewerker = { gebruikerId: 'ahmed-yilmaz', rollen: ['leidinggevende'] };
const EVA = casemanager.gebruikerId;
const FATIMA = 'fatima-bouzid';
const TEAM = 'wijkteam-noord';
const seconden = (aantal: number) => ({ aantal, eenheid: 'seconden' as const });

const DOEL = 'Overleg over de schulden van mevrouw met de Wmo-consulent';
const totToestemming: Opdracht[] = [
  afweging1Ja,
  afweging2Ja,
  {
    soort: 'afweging-3',
    antwoord: { doelmatig: true, proportioneel: true, subsidiair: true, toelichting: 'Nodig en evenredig.' },
  },
];
const naarFatima = (gebruikerId = FATIMA): Overdracht => ({
  naar: { gebruikerId, rollen: ['professional'], team: TEAM },
  reden: 'Eva is drie weken afwezig.',
  team: TEAM,
  doorTeam: TEAM,
});
const draagOver = (handle: WorkflowHandle, overdracht = naarFatima()) =>
  handle.executeUpdate(overdrachtUpdate, { args: [{ overdracht, door: ahmed }] });

describe('overdracht on the Temporal dev server: reminders follow the new owner', () => {
  const o = metWorkflowOmgeving('overdracht');
  const { doe } = o;
  const meldingen = async (deelverzoekId: string, gebruikerId: string) =>
    (await notificatieQueries(o.db).voorGebruiker(gebruikerId))
      .filter((n) => n.deelverzoekId === deelverzoekId)
      .map((n) => n.soort);
  const poll = { timeout: 20_000, interval: 250 };

  it('sends the consent clock’s reminder to the new owner, none to the old one', async () => {
    const beleid: Beleid = {
      ...standaardBeleid,
      versie: 'test-overdracht-snel',
      toestemming: {
        herinneringZonderPoging: seconden(4),
        maxPogingen: 3,
        beslismomentZonderAntwoord: seconden(60),
      },
    };
    const input = testInput(DOEL, { beleid });
    const handle = await o.starten(input);
    for (const opdracht of totToestemming) await doe(handle, opdracht);
    const na = await draagOver(handle);
    expect(na.status).toBe('toestemming');
    expect(na.proces.eigenaar).toEqual({ gebruikerId: FATIMA });
    expect((await deelverzoekQueries(o.db).vind(input.id))?.deelverzoek.eigenaar).toBe(FATIMA);

    await expect
      .poll(() => meldingen(input.id, FATIMA), poll)
      .toEqual(expect.arrayContaining(['deelverzoek-overgedragen', 'toestemming-geen-poging']));
    expect(await meldingen(input.id, EVA)).toEqual([]);
    const soorten = (await deelverzoekQueries(o.db).aantekeningen(input.id)).map((a) => a.soort);
    expect(soorten.at(-1)).toBe('overdracht');

    // The new owner works on; the owner stays hers.
    const verder = await doe(
      handle,
      {
        soort: 'toestemmingspoging',
        poging: {
          op: new Date(Date.now() - 1000).toISOString(),
          wijze: 'gesprek',
          partij: { soort: 'client' },
          uitkomst: 'geen-antwoord',
        },
      },
      { gebruikerId: FATIMA, rollen: ['professional'] },
    );
    expect(verder.proces.eigenaar).toEqual({ gebruikerId: FATIMA });
  });

  it('sends the informeren-achteraf reminders to the new owner after the overdracht', async () => {
    const beleid: Beleid = {
      ...standaardBeleid,
      versie: 'test-overdracht-informeren',
      informerenAchteraf: { termijn: seconden(30), herinneringen: [seconden(4), seconden(6)] },
      uitstel: { maximaal: seconden(60) },
    };
    const input = testInput(DOEL, { beleid });
    const handle = await o.starten(input);
    for (const opdracht of acuutTotAfweging4) await doe(handle, opdracht);
    await doe(handle, acuteVerstrekking);
    const stand = await doe(
      handle,
      {
        soort: 'akkoord-leidinggevende',
        akkoord: { besluit: 'akkoord', toelichting: 'Achteraf verantwoord en goed onderbouwd.' },
      },
      ahmed,
    );
    expect(stand.proces.status).toBe('informeren-achteraf');
    await draagOver(handle);
    await expect
      .poll(
        async () =>
          (await meldingen(input.id, FATIMA)).filter((s) => s === 'informeren-achteraf-herinnering'),
        poll,
      )
      .toHaveLength(2);
    expect(await meldingen(input.id, EVA)).toEqual([]);
  });

  it('refuses the same owner and someone of another team in the validator: nothing is written', async () => {
    const input = testInput(DOEL);
    const handle = await o.starten(input);
    await doe(handle, afweging1Ja);
    const voor = (await deelverzoekQueries(o.db).aantekeningen(input.id)).length;
    await expect(draagOver(handle, naarFatima(EVA))).rejects.toThrow();
    await expect(
      draagOver(handle, {
        ...naarFatima(),
        naar: { gebruikerId: 'tom-visser', rollen: ['professional'], team: 'jeugdteam-zuid' },
      }),
    ).rejects.toThrow();
    expect((await deelverzoekQueries(o.db).aantekeningen(input.id)).length).toBe(voor);
    expect((await deelverzoekQueries(o.db).vind(input.id))?.deelverzoek.eigenaar).toBe(EVA);
  });
});
