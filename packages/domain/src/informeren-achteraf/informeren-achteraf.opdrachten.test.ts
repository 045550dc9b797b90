import { standaardBeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import { casemanager, codes, leidinggevende, teInformeren } from '../../test/fixtures';
import type { Opdracht } from '../proces/proces.schema';
import { procestermijn } from '../proces/termijnen';
import { volgendeActie } from '../proces/volgende-actie';

describe('informeren achteraf and uitstel', () => {
  it('is due 30 days after sharing, with reminders', () => {
    expect(procestermijn(teInformeren().proces, standaardBeleid)).toMatchObject({
      klok: 'informeren-achteraf',
      uiterlijk: '2026-12-25T10:00:00.000Z',
    });
  });

  const vraag = (extra: Record<string, unknown> = {}): Opdracht =>
    ({
      soort: 'uitstel',
      reden: 'bescherming-betrokkene',
      onderbouwing: 'De zoon woont nog in huis; eerst veiligheid regelen.',
      tot: '2026-12-20T10:00:00.000Z',
      ...extra,
    }) as Opdracht;
  const besluit = (b = 'akkoord'): Opdracht =>
    ({
      soort: 'uitstel-besluit',
      besluit: { besluit: b, toelichting: 'Gezien de veiligheid verantwoord.' },
    }) as Opdracht;

  it.each<[string, Record<string, unknown>, string[]]>([
    ['without a reason', { reden: undefined }, ['uitstel-zonder-gerechtvaardigde-reden']],
    ['for another reason', { reden: 'drukte op het werk' }, ['uitstel-zonder-gerechtvaardigde-reden']],
    ['without reasons written down', { onderbouwing: 'Nee.' }, ['uitstel-zonder-onderbouwing']],
    ['for longer than the policy allows', { tot: '2027-02-20T10:00:00.000Z' }, ['uitstel-te-lang']],
  ])('refuses a request %s, as a rule violation with its source', (_, extra, verwacht) => {
    const v = teInformeren();
    expect(codes(v, vraag(extra))).toEqual(verwacht);
    expect(v.probeer(vraag(extra))[0]?.bron).toMatch(/afweging 4b|AVG art\. 14/);
  });

  it('takes who asked from the session and lets another leidinggevende approve, moving the deadline', () => {
    const v = teInformeren().doe(vraag());
    expect(v.proces.uitstelVerzoek?.aangevraagdDoor).toEqual({ gebruikerId: casemanager.gebruikerId });
    expect(volgendeActie(v.proces, standaardBeleid)).toEqual({
      actie: 'uitstel-beoordelen',
      op: '2026-12-25T10:00:00.000Z',
      inWerkdagen: false,
    });
    expect(codes(v, vraag())).toEqual(['uitstel-al-gevraagd']);
    v.doe(besluit(), leidinggevende, '2026-11-26T10:00:00.000Z');
    expect(v.proces.uitstel).toMatchObject([
      { aangevraagdDoor: { gebruikerId: casemanager.gebruikerId }, goedgekeurdDoor: leidinggevende },
    ]);
    expect(v.proces.uitstelVerzoek).toBeUndefined();
    expect(v.dossier.at(-1)?.tekst).toContain('De cliënt zelf beschermen');
  });

  it('lets a leidinggevende refuse with a motivation; the deadline stays', () => {
    const v = teInformeren().doe(vraag()).doe(besluit('afgewezen'), leidinggevende);
    expect(v.proces.uitstel).toEqual([]);
    expect(v.proces.uitstelVerzoek).toBeUndefined();
    expect(v.dossier.at(-1)?.tekst).toBe(
      'Uitstel afgewezen door de leidinggevende. Gezien de veiligheid verantwoord.',
    );
  });

  it.each<[string, () => ReturnType<typeof teInformeren>, string, string[]]>([
    ['nothing was asked', teInformeren, 'akkoord', ['geen-uitstel-gevraagd']],
    [
      'the requester decides (approval)',
      () => teInformeren().doe(vraag()),
      'akkoord',
      ['eigen-verzoek-ondertekend'],
    ],
    [
      'the requester decides (refusal)',
      () => teInformeren().doe(vraag()),
      'afgewezen',
      ['eigen-verzoek-ondertekend'],
    ],
  ])('refuses a decision when %s', (_, maak, b, verwacht) => {
    expect(codes(maak(), besluit(b), { ...casemanager, rollen: ['leidinggevende'] })).toEqual(verwacht);
  });

  it('refuses an approval given after the requested period ended: it runs from the approval', () => {
    const v = teInformeren().doe(vraag({ tot: '2026-12-10T09:00:00.000Z' }));
    expect(codes(v, besluit(), leidinggevende, '2026-12-11T10:00:00.000Z')).toEqual([
      'uitstel-einde-voor-begin',
    ]);
  });

  it('closes once the client was told, without their reaction if none was given', () => {
    const v = teInformeren().doe({ soort: 'informeren-achteraf', informeren: { wijze: 'brief' } });
    expect(v.status).toBe('gedeeld-zonder-toestemming');
    expect(v.dossier.at(-2)?.tekst).toBe('Cliënt achteraf geïnformeerd (brief).');
    expect(procestermijn(v.proces, standaardBeleid)).toBeNull();
  });
});
