import { CONTENT_VERSIE, standaardBeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import {
  DeelverzoekInvoer,
  type DeelverzoekWorkflowInput,
  InformerenAchterafklokInvoer,
  invoerProblemen,
  ToestemmingsklokInvoer,
} from './invoer';

const v1: DeelverzoekWorkflowInput = {
  v: 1,
  id: '6f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d11',
  aanvraag: {
    clientId: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
    doel: 'Overleg over de schulden van mevrouw met de Wmo-consulent',
    ontvangers: [{ organisatie: 'Gemeente Zutphen', rol: 'Wmo-consulent', soort: 'betrokken-hulpverleners' }],
  },
  door: { gebruikerId: 'eva-smit' },
  contentVersie: CONTENT_VERSIE,
  beleid: standaardBeleid,
  client: {
    id: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
    geboortedatum: '1950-04-02',
    wilsonbekwaam: false,
    vertegenwoordigers: [],
  },
  professional: {
    gebruikerId: 'eva-smit',
    pet: 'sociaal-werker',
    organisatietype: 'wijkteam',
    beroepsgeheim: 'algemeen',
  },
};
const { v: _, ...zonderVersie } = v1;

describe('DeelverzoekInvoer', () => {
  it('accepts version 1 as it is', () => {
    expect(DeelverzoekInvoer.parse(v1)).toEqual(v1);
  });

  it('still accepts the shape from before inputs were versioned, read as version 1', () => {
    expect(DeelverzoekInvoer.parse(zonderVersie)).toEqual(v1);
  });

  it('refuses a version this code does not know, instead of guessing', () => {
    expect(DeelverzoekInvoer.safeParse({ ...v1, v: 2 }).success).toBe(false);
  });

  it('refuses an input that breaks the rules’ own schemas, naming where without the values', () => {
    const r = DeelverzoekInvoer.safeParse({ ...v1, aanvraag: { ...v1.aanvraag, doel: 'kort' } });
    expect(r.success).toBe(false);
    const tekst = invoerProblemen(r.error!);
    expect(tekst).toContain('aanvraag.doel');
    expect(tekst).toContain('minstens 10 tekens');
    expect(tekst).not.toContain('kort:');
    const geheim = DeelverzoekInvoer.safeParse({ ...v1, contentVersie: 'Sanne de Vries' });
    expect(invoerProblemen(geheim.error!)).not.toContain('Sanne');
  });
});

describe('ToestemmingsklokInvoer', () => {
  const klok = {
    v: 1 as const,
    deelverzoekId: v1.id,
    gebruikerId: 'eva-smit',
    beleid: standaardBeleid,
    gestartOp: '2026-11-24T09:00:00.000Z',
    contentVersie: '2026.1.0',
  };

  it('accepts version 1 as it is', () => {
    expect(ToestemmingsklokInvoer.parse(klok)).toEqual(klok);
  });

  it('reads the shape without a version as version 1 under the one content version of that time', () => {
    const { v: _v, contentVersie: _c, ...oud } = klok;
    expect(ToestemmingsklokInvoer.parse(oud)).toEqual({ ...klok, contentVersie: '2025.1.0' });
  });

  it('refuses a clock without a start moment', () => {
    expect(ToestemmingsklokInvoer.safeParse({ ...klok, gestartOp: 'gisteren' }).success).toBe(false);
  });
});

describe('InformerenAchterafklokInvoer', () => {
  const klok = {
    v: 1 as const,
    deelverzoekId: v1.id,
    casemanager: 'eva-smit',
    beleid: standaardBeleid,
    contentVersie: CONTENT_VERSIE,
    gedeeldOp: '2026-11-24T09:00:00.000Z',
    uitstel: [{ vanaf: '2026-11-25T09:00:00.000Z', tot: '2026-12-25T10:00:00+01:00' }],
  };

  it('accepts version 1 as it is', () => {
    expect(InformerenAchterafklokInvoer.parse(klok)).toEqual(klok);
  });

  it('refuses a version it does not know, and an input without one (there never was a version 0)', () => {
    expect(InformerenAchterafklokInvoer.safeParse({ ...klok, v: 2 }).success).toBe(false);
    const { v: _v, ...zonder } = klok;
    expect(InformerenAchterafklokInvoer.safeParse(zonder).success).toBe(false);
  });

  it('carries an uitstel as its period only: a reason or its onderbouwing is dropped', () => {
    const metReden = {
      ...klok,
      uitstel: [{ ...klok.uitstel[0]!, onderbouwing: 'Eerst de veiligheid regelen.' }],
    };
    expect(InformerenAchterafklokInvoer.parse(metReden).uitstel).toEqual(klok.uitstel);
  });
});
