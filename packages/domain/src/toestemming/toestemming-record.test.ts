import { describe, expect, it } from 'vitest';
import { CLIENT_ID, casemanager, DEELVERZOEK_ID, leidinggevende } from '../../test/fixtures';
import type { Toestemming } from './toestemming.schema';
import { alsRecord, ToestemmingRecord, toetsRecord, voerUitOpToestemming } from './toestemming-record';

const gegeven: Toestemming = {
  doel: 'Afstemmen met de thuiszorg',
  gegevens: ['relevante-hulpinformatie'],
  ontvangers: ['Thuiszorg Oost'],
  wijze: 'schriftelijk',
  intrekkenUitgelegd: true,
  gegevenDoor: { soort: 'client' },
  op: '2026-11-23T10:00:00.000Z',
  vastgelegdDoor: { gebruikerId: 'casemanager-1' },
};
const eisen = { doel: gegeven.doel, gegevens: gegeven.gegevens, ontvangers: gegeven.ontvangers };
const record = alsRecord(gegeven, { id: 't-1', clientId: CLIENT_ID, deelverzoekId: DEELVERZOEK_ID });
const ctx = (door = casemanager) => ({
  door,
  op: '2027-02-01T10:00:00.000Z',
  volgnummer: 12,
  contentVersie: '2025.1.0',
  beleidVersie: 'standaard-2025.1',
});

describe('a toestemming as a record of the client', () => {
  it('is withdrawn by a command on the record, long after its deelverzoek closed, with an entry in its file', () => {
    const r = voerUitOpToestemming(
      record,
      { soort: 'intrekken', toelichting: 'Mevrouw wil het niet meer.' },
      ctx(),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(ToestemmingRecord.parse(r.waarde.record)).toEqual(r.waarde.record);
    expect(r.waarde.record).toMatchObject({
      ingetrokkenOp: '2027-02-01T10:00:00.000Z',
      intrekking: { door: { gebruikerId: 'casemanager-1' }, toelichting: 'Mevrouw wil het niet meer.' },
    });
    expect(r.waarde.aantekening).toMatchObject({
      id: `${DEELVERZOEK_ID}:0012`,
      deelverzoekId: DEELVERZOEK_ID,
      clientId: CLIENT_ID,
      soort: 'toestemming-ingetrokken',
      tekst: expect.stringContaining('Eerdere verstrekkingen blijven staan'),
    });
  });

  it('refuses later verstrekkingen on it, while earlier ones stay covered', () => {
    const r = voerUitOpToestemming(record, { soort: 'intrekken', toelichting: 'Niet meer.' }, ctx());
    if (!r.ok) throw new Error('ingetrokken');
    expect(toetsRecord(r.waarde.record, eisen, '2026-12-01T10:00:00.000Z')).toEqual([]);
    expect(toetsRecord(r.waarde.record, eisen, '2027-02-02T10:00:00.000Z').map((o) => o.code)).toEqual([
      'toestemming-ingetrokken',
    ]);
  });

  it.each<[string, ToestemmingRecord, unknown, typeof casemanager, string[]]>([
    [
      'already withdrawn',
      { ...record, ingetrokkenOp: '2027-01-01T10:00:00.000Z' },
      { soort: 'intrekken', toelichting: 'Nog eens.' },
      casemanager,
      ['toestemming-al-ingetrokken'],
    ],
    [
      'withdrawn by someone whose role does not handle cases',
      record,
      { soort: 'intrekken', toelichting: 'Op verzoek.' },
      leidinggevende,
      ['rol-mag-opdracht-niet-geven'],
    ],
    ['without a reason', record, { soort: 'intrekken', toelichting: '' }, casemanager, ['ongeldige-invoer']],
  ])('refuses a withdrawal %s', (_, r, opdracht, door, verwacht) => {
    const uit = voerUitOpToestemming(r, opdracht as never, ctx(door));
    expect(uit.ok ? [] : uit.overtredingen.map((o) => o.code)).toEqual(verwacht);
  });
});
