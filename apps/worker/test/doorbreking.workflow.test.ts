import { type Beleid, standaardBeleid } from '@deelwijs/content';
import { deelverzoekQueries, notificatieQueries } from '@deelwijs/db';
import type { Medewerker, Opdracht } from '@deelwijs/domain';
import type { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { metWorkflowOmgeving } from './support/omgeving';
import {
  acuteVerstrekking,
  acuutTotAfweging4,
  afweging1Ja,
  afweging2Ja,
  afweging3Ja,
  voorstelInStappen,
} from './support/opdrachten';
import { casemanager, testInput, verzondenMail } from './support/temporal';

// The demo team wijkteam-noord (seeded in every test database): Eva proposes, Lotte is its
// deskundige collega, Ahmed its leidinggevende; Ingrid is the organisation's privacy officer.
const lotte: Medewerker = { gebruikerId: 'lotte-mulder', rollen: ['deskundige-collega'] };
const ahmed: Medewerker = { gebruikerId: 'ahmed-yilmaz', rollen: ['leidinggevende'] };
const INGRID = 'ingrid-de-boer';

const seconden = (aantal: number) => ({ aantal, eenheid: 'seconden' as const });
/** The doorbreking's working days, in seconds. */
const beleid = (over: Partial<Beleid> = {}): Beleid => ({
  ...standaardBeleid,
  versie: 'test-doorbreking-snel',
  collegialeToetsing: { herinnering: seconden(2), escalatie: seconden(5) },
  akkoordLeidinggevende: { termijn: seconden(3), termijnSpoed: seconden(3) },
  vitaalBelang: { akkoordAchteraf: seconden(3) },
  ...over,
});

const DOEL = 'Overleg over de schulden van mevrouw met de Wmo-consulent';
const poging = (uitkomst: 'nee'): Opdracht => ({
  soort: 'toestemmingspoging',
  poging: {
    op: new Date(Date.now() - 1000).toISOString(),
    wijze: 'gesprek',
    partij: { soort: 'client' },
    uitkomst,
  },
});
const akkoord: Opdracht = {
  soort: 'akkoord-leidinggevende',
  akkoord: { besluit: 'akkoord', toelichting: 'Verantwoord en goed onderbouwd.' },
};
const toetsing: Opdracht = {
  soort: 'collegiale-toetsing',
  toetsing: { oordeel: 'eens', toelichting: 'De voorwaarden zijn goed onderbouwd.' },
};

describe('the doorbreking clock on the Temporal dev server', () => {
  const o = metWorkflowOmgeving('doorbreking');
  const { doe } = o;

  /** A refused consent, afweging 4 and a proposal: the review lies in the team's pool. */
  const totToetsing = async (b: Beleid) => {
    const input = testInput(DOEL, { beleid: b });
    const handle = await o.starten(input);
    for (const o of [afweging1Ja, afweging2Ja, afweging3Ja, poging('nee')]) await doe(handle, o);
    await doe(handle, {
      soort: 'start-afweging-4',
      reden: 'client-weigert',
      toelichting: 'Mevrouw weigert; de zorgen blijven groot.',
    });
    const stand = await doe(handle, voorstelInStappen());
    expect(stand.proces.status === 'afweging-4' && stand.proces.afweging4.fase).toBe('collegiale-toetsing');
    return { id: input.id, handle, klok: o.env.client.workflow.getHandle(`${input.id}:doorbrekingsklok:1`) };
  };

  /** This deelverzoek's notifications: who got which, and when. */
  const meldingen = async (deelverzoekId: string, gebruikerId: string) =>
    (await notificatieQueries(o.db).voorGebruiker(gebruikerId))
      .filter((n) => n.deelverzoekId === deelverzoekId)
      .map((n) => ({ soort: n.soort, op: Date.parse(n.aangemaaktOp) }))
      .sort((a, b) => a.op - b.op);
  const soorten = async (deelverzoekId: string, gebruikerId: string) =>
    (await meldingen(deelverzoekId, gebruikerId)).map((m) => m.soort);
  const poll = { timeout: 20_000, interval: 250 };

  it('reminds the pool (never the requester) when the reviewer is silent, then escalates to the leidinggevende', async () => {
    const { id } = await totToetsing(beleid());
    await expect.poll(() => soorten(id, lotte.gebruikerId), poll).toEqual(['toetsing-pool-herinnering']);
    await expect.poll(() => soorten(id, ahmed.gebruikerId), poll).toEqual(['toetsing-escalatie']);
    expect(await soorten(id, casemanager.gebruikerId)).toEqual([]);
    const mail = verzondenMail.filter((m) => m.tekst.includes(id));
    expect(mail.map((m) => m.aan).sort()).toEqual([
      'collega@demo.deelwijs.nl',
      'leidinggevende@demo.deelwijs.nl',
    ]);
    for (const m of mail) {
      expect(m.tekst).not.toContain('Sanne');
      expect(m.tekst).not.toContain('schulden');
    }
  });

  it('restarts the review clock when the requester assigns a collega', async () => {
    const { id, handle } = await totToetsing(beleid());
    await expect.poll(() => soorten(id, lotte.gebruikerId), poll).toEqual(['toetsing-pool-herinnering']);
    const na = await doe(handle, {
      soort: 'toetser-toewijzen',
      toetser: { soort: 'collega', gebruikerId: lotte.gebruikerId },
    });
    const gevraagdOp = Date.parse(
      na.proces.status === 'afweging-4' ? (na.proces.afweging4.toetsingsverzoek?.gevraagdOp ?? '') : '',
    );
    await expect
      .poll(() => soorten(id, lotte.gebruikerId), poll)
      .toEqual(['toetsing-pool-herinnering', 'toetsing-herinnering']);
    await expect.poll(() => soorten(id, ahmed.gebruikerId), poll).toEqual(['toetsing-escalatie']);
    // Counted from the new request, not from the first one.
    const [herinnering] = (await meldingen(id, lotte.gebruikerId)).filter(
      (m) => m.soort === 'toetsing-herinnering',
    );
    const [escalatie] = await meldingen(id, ahmed.gebruikerId);
    expect(herinnering!.op).toBeGreaterThanOrEqual(gevraagdOp + 2000);
    expect(escalatie!.op).toBeGreaterThanOrEqual(gevraagdOp + 5000);
  });

  it('tells the leidinggevenden when the signature is overdue; the signature ends the clock', async () => {
    const { id, handle, klok } = await totToetsing(
      beleid({ collegialeToetsing: { herinnering: seconden(60), escalatie: seconden(120) } }),
    );
    await doe(handle, { soort: 'toetsing-oppakken' }, lotte);
    await doe(handle, toetsing, lotte);
    await expect.poll(() => soorten(id, ahmed.gebruikerId), poll).toEqual(['akkoord-te-laat']);
    await doe(handle, akkoord, ahmed);
    expect(await klok.result()).toBe('klaar');
    expect(await soorten(id, lotte.gebruikerId)).toEqual([]);
  });

  it('sends nothing when review and signature come in time', async () => {
    const { id, handle, klok } = await totToetsing(
      beleid({
        collegialeToetsing: { herinnering: seconden(60), escalatie: seconden(120) },
        akkoordLeidinggevende: { termijn: seconden(60), termijnSpoed: seconden(60) },
      }),
    );
    await doe(handle, { soort: 'toetsing-oppakken' }, lotte);
    await doe(handle, toetsing, lotte);
    await doe(handle, akkoord, ahmed);
    expect(await klok.result()).toBe('klaar');
    for (const wie of [lotte.gebruikerId, ahmed.gebruikerId, INGRID, casemanager.gebruikerId])
      expect(await soorten(id, wie)).toEqual([]);
  });

  /** Acute danger: shared at once, before the leidinggevende signed. */
  const acuutGedeeld = async (b: Beleid) => {
    const input = testInput(DOEL, { beleid: b });
    const handle = await o.starten(input);
    for (const opdracht of acuutTotAfweging4) await doe(handle, opdracht);
    const gedeeld = await doe(handle, acuteVerstrekking);
    return { input, handle, gedeeld };
  };

  it('after an acute verstrekking: an overdue signature reaches the leidinggevende and the privacy officer', async () => {
    const { input, handle, gedeeld } = await acuutGedeeld(beleid());
    expect(gedeeld.proces.status === 'afweging-4' && gedeeld.proces.afweging4.fase).toBe('akkoord-achteraf');
    await expect.poll(() => soorten(input.id, INGRID), poll).toEqual(['akkoord-achteraf-escalatie']);
    expect(await soorten(input.id, ahmed.gebruikerId)).toEqual(['akkoord-achteraf-te-laat']);
    // The late signature still comes, and ends the clock.
    await doe(handle, akkoord, ahmed);
    expect(await o.env.client.workflow.getHandle(`${input.id}:doorbrekingsklok:1`).result()).toBe('klaar');
  });

  it('refuses self-review and self-signature in the Update validator; a refusal shares nothing and keeps its motivation', async () => {
    const { id, handle } = await totToetsing(standaardBeleid);
    /** The codes of the rules a refused Update names. */
    const geweigerd = async (opdracht: Opdracht, door: Medewerker) => {
      const fout = await doe(handle, opdracht, door).catch((e: unknown) => e);
      const details = ((fout as WorkflowUpdateFailedError).cause as ApplicationFailure).details;
      return ((details?.[0] ?? []) as Array<{ code: string }>).map((o) => o.code);
    };
    // Eva asked, so even with every role she may neither review nor sign her own request.
    const evaMetAlleRollen: Medewerker = {
      gebruikerId: casemanager.gebruikerId,
      rollen: ['professional', 'deskundige-collega', 'leidinggevende'],
    };
    expect(await geweigerd({ soort: 'toetsing-oppakken' }, evaMetAlleRollen)).toContain(
      'toetser-is-aanvrager',
    );
    await doe(handle, { soort: 'toetsing-oppakken' }, lotte);
    await doe(handle, toetsing, lotte);
    expect(await geweigerd(akkoord, evaMetAlleRollen)).toContain('eigen-verzoek-ondertekend');
    // Lotte reviewed it, so she cannot also sign it.
    const lotteOokLeiding: Medewerker = { ...lotte, rollen: ['deskundige-collega', 'leidinggevende'] };
    expect(await geweigerd(akkoord, lotteOokLeiding)).toContain('toetser-ondertekent');

    const motivering = 'De zorgen wegen niet op tegen het vertrouwen van mevrouw.';
    const na = await doe(
      handle,
      { soort: 'akkoord-leidinggevende', akkoord: { besluit: 'afgewezen', toelichting: motivering } },
      ahmed,
    );
    expect(na.proces.status).toBe('niet-gedeeld');
    expect(na.proces.verstrekking).toBeUndefined();
    await handle.result();
    const dossier = await deelverzoekQueries(o.db).aantekeningen(id);
    expect(dossier.some((a) => a.tekst.includes(motivering))).toBe(true);
    expect(dossier.map((a) => a.soort)).not.toContain('verstrekking');
  });

  it('a refusal after an acute verstrekking never erases it: both stay in the file', async () => {
    const { input, handle } = await acuutGedeeld(standaardBeleid);
    const motivering = 'Er was nog tijd om eerst te overleggen met de huisarts.';
    const na = await doe(
      handle,
      { soort: 'akkoord-leidinggevende', akkoord: { besluit: 'afgewezen', toelichting: motivering } },
      ahmed,
    );
    expect(na.proces.verstrekking?.ontvangers).toEqual(['Gemeente Zutphen']);
    expect(na.proces.afweging4?.akkoord?.besluit).toBe('afgewezen');
    const dossier = await deelverzoekQueries(o.db).aantekeningen(input.id);
    expect(dossier.some((a) => a.tekst.includes(motivering))).toBe(true);
    expect(dossier.some((a) => a.tekst.startsWith('Acuut gedeeld'))).toBe(true);
  });

  it('stops when the deelverzoek is closed: no reminder after that', async () => {
    const { id, handle, klok } = await totToetsing(beleid());
    await doe(handle, { soort: 'intrekken', toelichting: 'Het is niet meer nodig.' } as Opdracht);
    expect(await klok.result()).toBe('klaar');
    await handle.result();
    await new Promise((r) => setTimeout(r, 2500)); // past the reminder moment
    expect(await soorten(id, lotte.gebruikerId)).toEqual([]);
  });
});
