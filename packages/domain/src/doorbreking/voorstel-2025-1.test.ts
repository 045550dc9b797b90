import { describe, expect, it } from 'vitest';
import {
  afweging2,
  alleVoorwaarden,
  casemanager,
  collega,
  ja1,
  ja3,
  leidinggevende,
  poging,
  professional,
  toestemmingGrond,
  Verloop,
  verstrek,
  volwassene,
} from '../../test/fixtures';
import type { Opdracht } from '../proces/proces.schema';
import { NIET_GEVRAAGD_2025_1, opdrachtVan_2025_1, voorstelVan_2025_1 } from './voorstel-2025-1';

/** A process pinned to 2025.1.0 keeps the command shapes and rules it started with (replay). */
const OUD = '2025.1.0';
const sw = professional('sociaal-werker');

const oudVoorstel = (extra: Record<string, unknown> = {}): Opdracht =>
  ({
    soort: 'doorbrekingsvoorstel',
    voorstel: {
      goedeArgumentenClient: false,
      conflictVanPlichten: alleVoorwaarden(),
      wat: 'De zorgen over de schulden delen, zodat de Wmo-consulent kan helpen.',
      toelichting: 'Met mevrouw besproken; zij blijft weigeren.',
      ...extra,
    },
  }) as unknown as Opdracht;

const totVoorstel = (contentVersie = OUD) =>
  new Verloop(volwassene, sw, undefined, contentVersie)
    .doe(ja1)
    .doe(afweging2(toestemmingGrond))
    .doe(ja3)
    .doe(poging('nee'))
    .doe({
      soort: 'start-afweging-4',
      reden: 'client-weigert',
      toelichting: 'Mevrouw weigert; de zorgen blijven groot.',
    });

const toetsing: Opdracht = {
  soort: 'collegiale-toetsing',
  toetsing: { oordeel: 'eens', toelichting: 'De voorwaarden zijn goed onderbouwd.' },
};
const akkoord: Opdracht = {
  soort: 'akkoord-leidinggevende',
  akkoord: { besluit: 'akkoord', toelichting: 'Verantwoord, zo delen.' },
};

describe('a doorbreking under content version 2025.1.0', () => {
  it('takes the one-step proposal without a recorded conversation, any collega reviews, then shared', () => {
    const v = totVoorstel().doe(oudVoorstel()).doe(toetsing, collega).doe(akkoord, leidinggevende);
    expect(v.proces.afweging4?.voorstel?.grond).toBe('conflict-van-plichten');
    expect(v.proces.afweging4?.voorstel?.gesprek).toBeNull();
    v.doe(verstrek({ voorafGeinformeerd: { op: '2026-11-24T09:45:00.000Z', wijze: 'mondeling' } }));
    expect(v.status).toBe('gedeeld-zonder-toestemming');
  });

  it('4b: not told beforehand; the leidinggevende gives the uitstel in one step for the requester', () => {
    const v = totVoorstel()
      .doe(
        oudVoorstel({
          nietVoorafInformeren: {
            reden: 'bescherming-betrokkene',
            onderbouwing: 'Vooraf vertellen brengt mevrouw in gevaar.',
          },
        }),
      )
      .doe(toetsing, collega)
      .doe(akkoord, leidinggevende)
      .doe(verstrek());
    expect(v.status).toBe('informeren-achteraf');
    expect(v.proces.afweging4?.voorstel?.nietVoorafInformeren?.overlegMetCollegas).toBe(NIET_GEVRAAGD_2025_1);
    const uitstel = (aangevraagdDoor?: { gebruikerId: string }): Opdracht => ({
      soort: 'uitstel',
      reden: 'bescherming-betrokkene',
      onderbouwing: 'Eerst de veiligheid regelen.',
      tot: '2026-12-01T10:00:00.000Z',
      ...(aangevraagdDoor ? { aangevraagdDoor } : {}),
    });
    // Without a requester the leidinggevende would approve their own request.
    expect(v.probeer(uitstel(), leidinggevende).map((f) => f.code)).toContain('eigen-verzoek-ondertekend');
    v.doe(uitstel(casemanager), leidinggevende);
    expect(v.proces.uitstel).toHaveLength(1);
    expect(v.proces.uitstelVerzoek).toBeUndefined();
    v.doe({ soort: 'informeren-achteraf', informeren: { wijze: 'gesprek' } });
    expect(v.status).toBe('gedeeld-zonder-toestemming');
  });

  it('from 2025.2.0 on, the old shape is not read and the roles and the pool apply', () => {
    const nieuw = totVoorstel('2025.2.0');
    expect(nieuw.probeer(oudVoorstel()).map((f) => f.code)).toContain('ongeldige-invoer');
    const oud = totVoorstel();
    expect(oud.probeer(toetsing, collega).map((f) => f.code)).toEqual(['opdracht-past-niet-bij-status']);
  });

  it('maps the older shape onto today’s, and leaves other commands as they are', () => {
    const zonderGrond = {
      goedeArgumentenClient: true,
      conflictVanPlichten: null,
      wat: 'x'.repeat(12),
      toelichting: 'y'.repeat(12),
    };
    expect(voorstelVan_2025_1(zonderGrond)).toEqual({
      gesprek: null,
      goedeArgumentenClient: true,
      grond: null,
      wat: zonderGrond.wat,
      toelichting: zonderGrond.toelichting,
    });
    const ander = { soort: 'afweging-1', antwoord: {} };
    expect(opdrachtVan_2025_1(ander)).toBe(ander);
  });
});
