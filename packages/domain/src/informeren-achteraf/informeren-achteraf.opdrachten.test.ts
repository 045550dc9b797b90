import { standaardBeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import { casemanager, codes, teInformeren } from '../../test/fixtures';
import type { Opdracht } from '../proces/proces.schema';
import { procestermijn } from '../proces/termijnen';

describe('informeren achteraf and uitstel', () => {
  it('is due 30 days after sharing, with reminders', () => {
    expect(procestermijn(teInformeren().proces, standaardBeleid)).toMatchObject({
      klok: 'informeren-achteraf',
      uiterlijk: '2026-12-25T10:00:00.000Z',
    });
  });

  it('refuses an uitstel without a reason or approved by the requester', () => {
    const o: Opdracht = {
      soort: 'uitstel',
      onderbouwing: 'Nog niet veilig.',
      tot: '2026-12-20T10:00:00.000Z',
      aangevraagdDoor: casemanager,
    };
    expect(codes(teInformeren(), o, { ...casemanager, rollen: ['leidinggevende'] })).toEqual([
      'uitstel-zonder-gerechtvaardigde-reden',
      'eigen-verzoek-ondertekend',
    ]);
  });

  it('closes once the client was told, without their reaction if none was given', () => {
    const v = teInformeren().doe({ soort: 'informeren-achteraf', informeren: { wijze: 'brief' } });
    expect(v.status).toBe('gedeeld-zonder-toestemming');
    expect(v.dossier.at(-2)?.tekst).toBe('Cliënt achteraf geïnformeerd (brief).');
    expect(procestermijn(v.proces, standaardBeleid)).toBeNull();
  });
});
