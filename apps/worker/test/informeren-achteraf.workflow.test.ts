import { type Beleid, standaardBeleid } from '@deelwijs/content';
import { notificatieQueries } from '@deelwijs/db';
import type { Medewerker, Opdracht } from '@deelwijs/domain';
import { describe, expect, it } from 'vitest';
import { metWorkflowOmgeving } from './support/omgeving';
import { acuteVerstrekking, acuutTotAfweging4 } from './support/opdrachten';
import { casemanager, testInput, verzondenMail } from './support/temporal';

// wijkteam-noord of the demo seed: Eva shares and must tell the client, Ahmed leads the team.
const ahmed: Medewerker = { gebruikerId: 'ahmed-yilmaz', rollen: ['leidinggevende'] };
const EVA = casemanager.gebruikerId;

const seconden = (aantal: number) => ({ aantal, eenheid: 'seconden' as const });
/** A month of informeren achteraf in seconds: reminders at 2, 4 and 6, the deadline at 8. */
const beleid = (over: Partial<Beleid> = {}): Beleid => ({
  ...standaardBeleid,
  versie: 'test-informeren-snel',
  informerenAchteraf: { termijn: seconden(8), herinneringen: [seconden(2), seconden(4), seconden(6)] },
  uitstel: { maximaal: seconden(60) },
  ...over,
});

const DOEL = 'Overleg over de schulden van mevrouw met de Wmo-consulent';
const akkoordAchteraf: Opdracht = {
  soort: 'akkoord-leidinggevende',
  akkoord: { besluit: 'akkoord', toelichting: 'Achteraf verantwoord en goed onderbouwd.' },
};

describe('the informeren-achteraf clock on the Temporal dev server', () => {
  const o = metWorkflowOmgeving('informeren');
  const { doe } = o;

  /**
   * Shared at once in acute danger, the signature given right after: the client did not know, so
   * the process waits in informeren achteraf and its clock runs from the verstrekking.
   */
  const totInformeren = async (b: Beleid) => {
    const input = testInput(DOEL, { beleid: b });
    const handle = await o.starten(input);
    for (const opdracht of acuutTotAfweging4) await doe(handle, opdracht);
    const gedeeld = await doe(handle, acuteVerstrekking);
    const stand = await doe(handle, akkoordAchteraf, ahmed);
    expect(stand.proces.status).toBe('informeren-achteraf');
    const gedeeldOp =
      gedeeld.proces.status === 'afweging-4' && gedeeld.proces.afweging4.fase === 'akkoord-achteraf'
        ? Date.parse(gedeeld.proces.afweging4.acuut.op)
        : Number.NaN;
    expect(gedeeldOp).not.toBeNaN();
    return {
      id: input.id,
      handle,
      gedeeldOp,
      klok: o.env.client.workflow.getHandle(`${input.id}:informeren-achteraf-klok`),
    };
  };

  /** This deelverzoek's notifications for one person, in the order they came. */
  const meldingen = async (deelverzoekId: string, gebruikerId: string) =>
    (await notificatieQueries(o.db).voorGebruiker(gebruikerId))
      .filter((n) => n.deelverzoekId === deelverzoekId)
      .map((n) => ({ soort: n.soort, op: Date.parse(n.aangemaaktOp) }))
      .sort((a, b) => a.op - b.op);
  const soorten = async (deelverzoekId: string, gebruikerId: string) =>
    (await meldingen(deelverzoekId, gebruikerId)).map((m) => m.soort);
  const poll = { timeout: 20_000, interval: 250 };

  it('reminds the casemanager at each moment, in order, then tells the leidinggevende when the deadline passes', async () => {
    const { id, gedeeldOp, handle, klok } = await totInformeren(beleid());
    await expect.poll(() => soorten(id, ahmed.gebruikerId), poll).toEqual(['informeren-achteraf-te-laat']);
    const vanEva = await meldingen(id, EVA);
    expect(vanEva.map((m) => m.soort)).toEqual([
      'informeren-achteraf-herinnering',
      'informeren-achteraf-herinnering',
      'informeren-achteraf-herinnering',
    ]);
    // Each at its own moment after the verstrekking (2, 4 and 6 s), never before it.
    for (const [i, m] of vanEva.entries())
      expect(m.op).toBeGreaterThanOrEqual(gedeeldOp + (i + 1) * 2000 - 50);
    const [teLaat] = await meldingen(id, ahmed.gebruikerId);
    expect(teLaat!.op).toBeGreaterThanOrEqual(gedeeldOp + 8000 - 50);
    // The e-mails say what to do and link to the deelverzoek; nothing about the client.
    const mail = verzondenMail.filter((m) => m.tekst.includes(id));
    expect(mail.map((m) => m.aan).sort()).toEqual([
      'casemanager@demo.deelwijs.nl',
      'casemanager@demo.deelwijs.nl',
      'casemanager@demo.deelwijs.nl',
      'leidinggevende@demo.deelwijs.nl',
    ]);
    for (const m of mail) {
      expect(m.tekst).not.toContain('Sanne');
      expect(m.tekst).not.toContain('schulden');
    }
    // Late, the client still has to be told; doing so ends the clock and the deelverzoek.
    await doe(handle, { soort: 'informeren-achteraf', informeren: { wijze: 'gesprek' } });
    expect(await klok.result()).toBe('klaar');
    expect((await handle.result()).status).toBe('gedeeld-zonder-toestemming');
  });

  it('stops when the client was told: no reminder after that', async () => {
    const { id, handle, klok } = await totInformeren(beleid());
    await doe(handle, {
      soort: 'informeren-achteraf',
      informeren: { wijze: 'telefoon', reactieClient: 'Begrijpt het.' },
    });
    expect(await klok.result()).toBe('klaar');
    await handle.result();
    await new Promise((r) => setTimeout(r, 2500)); // past the first reminder
    expect(await soorten(id, EVA)).toEqual([]);
    expect(await soorten(id, ahmed.gebruikerId)).toEqual([]);
  });

  it('moves the deadline with an approved uitstel and asks for a re-assessment when it runs out', async () => {
    // Reminders at 2 and 4 s, the deadline at 6 s; the uitstel runs until 12 s.
    const { id, gedeeldOp, handle, klok } = await totInformeren(
      beleid({
        informerenAchteraf: { termijn: seconden(6), herinneringen: [seconden(2), seconden(4)] },
      }),
    );
    const tot = gedeeldOp + 12_000;
    // Asked for after the first reminder, so the second (4 s) falls inside the uitstel.
    await expect.poll(() => soorten(id, EVA), poll).toEqual(['informeren-achteraf-herinnering']);
    await doe(handle, {
      soort: 'uitstel',
      reden: 'bescherming-betrokkene',
      onderbouwing: 'Eerst de veiligheid van mevrouw regelen.',
      tot: new Date(tot).toISOString(),
    });
    const besluit = await doe(
      handle,
      { soort: 'uitstel-besluit', besluit: { besluit: 'akkoord', toelichting: 'Eerst de veiligheid.' } },
      ahmed,
    );
    expect(besluit.proces.status === 'informeren-achteraf' && besluit.proces.uitstel).toHaveLength(1);
    await expect.poll(() => soorten(id, ahmed.gebruikerId), poll).toEqual(['informeren-achteraf-te-laat']);
    // Not at the old deadline (6 s) but when the uitstel ran out; the reminder inside it was skipped.
    const [teLaat] = await meldingen(id, ahmed.gebruikerId);
    expect(teLaat!.op).toBeGreaterThanOrEqual(tot - 50);
    expect(await soorten(id, EVA)).toEqual(['informeren-achteraf-herinnering', 'uitstel-herbeoordelen']);
    const herbeoordeling = (await meldingen(id, EVA))[1]!;
    expect(herbeoordeling.op).toBeGreaterThanOrEqual(tot - 50);
    await doe(handle, { soort: 'informeren-achteraf', informeren: { wijze: 'gesprek' } });
    expect(await klok.result()).toBe('klaar');
  });
});
