import { standaardBeleid } from '@deelwijs/content';
import { deelverzoekQueries, notificatieQueries } from '@deelwijs/db';
import type { Opdracht, Partij } from '@deelwijs/domain';
import { type DeelverzoekWorkflowInput } from '@deelwijs/temporal';
import { describe, expect, it } from 'vitest';
import { metWorkflowOmgeving } from './support/omgeving';
import { afweging1Ja, afweging2Ja, moeder, vader, veertienjarige } from './support/opdrachten';
import { casemanager, testInput, verzondenMail } from './support/temporal';

// Policy durations injected in seconds: the clocks of weeks run in a test of seconds.
const snelBeleid = {
  ...standaardBeleid,
  versie: 'test-snel',
  toestemming: {
    herinneringZonderPoging: { aantal: 2, eenheid: 'seconden' as const },
    maxPogingen: 2,
    beslismomentZonderAntwoord: { aantal: 60, eenheid: 'seconden' as const },
  },
};

const DOEL = 'Overleg over de schulden van mevrouw met de Wmo-consulent';
const totToestemming: Opdracht[] = [
  afweging1Ja,
  afweging2Ja,
  {
    soort: 'afweging-3',
    antwoord: { doelmatig: true, proportioneel: true, subsidiair: true, toelichting: 'Nodig en evenredig.' },
  },
];
const poging = (partij: Partij, uitkomst: 'ja' | 'nee' | 'geen-antwoord'): Opdracht => ({
  soort: 'toestemmingspoging',
  poging: {
    op: new Date(Date.now() - 1000).toISOString(),
    wijze: 'gesprek',
    partij,
    uitkomst,
    ...(uitkomst === 'ja'
      ? {
          reikwijdte: {
            doel: DOEL,
            gegevens: ['relevante-hulpinformatie'],
            ontvangers: ['Gemeente Zutphen'],
            wijze: 'schriftelijk',
            intrekkenUitgelegd: true,
          },
        }
      : {}),
  },
});

describe('consent on the Temporal dev server', () => {
  const o = metWorkflowOmgeving('toestemming');
  const { doe } = o;
  const start = async (input: DeelverzoekWorkflowInput) => {
    const handle = await o.starten(input);
    for (const opdracht of totToestemming) await doe(handle, opdracht);
    return handle;
  };
  const notificaties = async (deelverzoekId: string) =>
    (await notificatieQueries(o.db).voorGebruiker(casemanager.gebruikerId))
      .filter((n) => n.deelverzoekId === deelverzoekId)
      .map((n) => n.soort);

  it('reminds when no attempt is recorded, then prompts a decision after the maximum attempts — and never shares', async () => {
    const input = testInput(DOEL, { beleid: snelBeleid });
    const handle = await start(input);
    expect((await deelverzoekQueries(o.db).vind(input.id))?.deelverzoek).toMatchObject({
      status: 'toestemming',
      volgendeActie: 'toestemming-vragen',
    });

    await expect
      .poll(() => notificaties(input.id), { timeout: 20_000, interval: 250 })
      .toEqual(['toestemming-geen-poging']);
    const mail = verzondenMail.find((m) => m.tekst.includes(input.id));
    expect(mail?.tekst).toContain(`http://dashboard.test/deelverzoeken/${input.id}`);
    expect(mail?.tekst).not.toContain('Sanne');
    expect(mail?.tekst).not.toContain('schulden');

    await doe(handle, poging({ soort: 'client' }, 'geen-antwoord'));
    await doe(handle, poging({ soort: 'client' }, 'geen-antwoord'));
    await expect
      .poll(() => notificaties(input.id), { timeout: 20_000, interval: 250 })
      .toContain('toestemming-max-pogingen');
    expect((await deelverzoekQueries(o.db).vind(input.id))?.deelverzoek.status).toBe('toestemming');
  });

  it('asks a 14-year-old and both parents with gezag; only all three consents open the verstrekking; withdrawal goes back', async () => {
    const input = testInput(DOEL, { client: veertienjarige() });
    const handle = await start(input);
    expect((await doe(handle, poging({ soort: 'client' }, 'ja'))).status).toBe('toestemming');
    expect((await doe(handle, poging(moeder, 'ja'))).status).toBe('toestemming');
    expect((await doe(handle, poging(vader, 'ja'))).status).toBe('verstrekking');
    const terug = await doe(handle, {
      soort: 'toestemming-intrekken',
      partij: vader,
      toelichting: 'Vader trekt zijn toestemming in.',
    });
    expect(terug.status).toBe('toestemming');
    const soorten = (await deelverzoekQueries(o.db).aantekeningen(input.id)).map((a) => a.soort);
    expect(soorten.filter((s) => s === 'toestemmingspoging')).toHaveLength(3);
    expect(soorten).toContain('toestemming-ingetrokken');
  });

  it('keeps the consent clock running after a 14-year-old’s yes while the parents have yet to answer', async () => {
    const beleid = {
      ...snelBeleid,
      toestemming: {
        ...snelBeleid.toestemming,
        // Only the decision moment is under test: a slow machine that takes over two seconds to ask
        // the child would also (rightly) get the reminder that nobody was asked yet.
        herinneringZonderPoging: { aantal: 60, eenheid: 'seconden' as const },
        beslismomentZonderAntwoord: { aantal: 4, eenheid: 'seconden' as const },
      },
    };
    const kind = await start(testInput(DOEL, { beleid, client: veertienjarige() }));
    const allen = await start(testInput(DOEL, { beleid, client: veertienjarige() }));
    await doe(kind, poging({ soort: 'client' }, 'ja'));
    for (const partij of [{ soort: 'client' } as const, moeder, vader])
      await doe(allen, poging(partij, 'ja'));

    // Only the child answered: when the term runs out the casemanager is asked to decide.
    await expect
      .poll(() => notificaties(kind.workflowId), { timeout: 20_000, interval: 250 })
      .toEqual(['toestemming-termijn-verstreken']);
    // Everyone answered: consent is complete, the clock ended without a word.
    const klok = o.env.client.workflow.getHandle(`${allen.workflowId}:toestemmingsklok:1`);
    expect(await klok.result()).toBe('klaar');
    expect(await notificaties(allen.workflowId)).toEqual([]);
  });

  it('stops the consent clock when the professional moves on to afweging 4', async () => {
    const input = testInput(DOEL, { beleid: snelBeleid });
    const handle = await start(input);
    await doe(handle, poging({ soort: 'client' }, 'nee'));
    const na = await doe(handle, {
      soort: 'start-afweging-4',
      reden: 'client-weigert',
      toelichting: 'Mevrouw weigert; de zorgen blijven groot.',
    });
    expect(na.status).toBe('afweging-4');
    const klok = o.env.client.workflow.getHandle(`${input.id}:toestemmingsklok:1`);
    expect(await klok.result()).toBe('klaar');
    expect(await notificaties(input.id)).not.toContain('toestemming-termijn-verstreken');
  });
});
