import { describe, expect, it } from 'vitest';
import { AfgeslotenStatus, DeelverzoekStatus, OpenStatus } from '../deelverzoek/deelverzoek.schema';
import { EERSTE_STATUS } from '../deelverzoek/start';
import { Afweging4Fase } from '../doorbreking/doorbreking.schema';
import { celVoor, type NaarVan, overgangen } from './overgangen';
import { Opdracht } from './proces.schema';

const SOORTEN = Opdracht.options.map((o) => o.shape.soort.value);
const cellen = Object.entries(overgangen).flatMap(([status, rij]) =>
  Object.entries(rij).map(([soort, cel]) => ({ status, soort, ...cel })),
);
const volgende = (status: string) => [
  ...new Set(cellen.filter((c) => c.status === status).flatMap((c) => c.naar)),
];
const bereikbaar = (van: string) => {
  const gezien = new Set([van]);
  for (const s of gezien) for (const n of volgende(s)) gezien.add(n);
  return gezien;
};

describe('the transition table', () => {
  it('starts where startDeelverzoek starts, and reaches every status from there', () => {
    expect(EERSTE_STATUS).toBe('afweging-1');
    expect([...bereikbaar(EERSTE_STATUS)].sort()).toEqual([...DeelverzoekStatus.options].sort());
  });

  it('lets every open status end in an outcome', () => {
    for (const status of OpenStatus.options) {
      expect(
        [...bereikbaar(status)].filter((s) => AfgeslotenStatus.safeParse(s).success),
        status,
      ).not.toEqual([]);
    }
  });

  it('takes no command once a deelverzoek is closed', () => {
    expect(Object.keys(overgangen).sort()).toEqual([...OpenStatus.options].sort());
    for (const status of AfgeslotenStatus.options) {
      for (const soort of SOORTEN) expect(celVoor(status, soort), `${status} × ${soort}`).toBeUndefined();
    }
  });

  it('lets a deelverzoek be withdrawn in every open status, and afweging 1 refuse a second answer', () => {
    for (const status of OpenStatus.options) {
      expect(celVoor(status, 'intrekken')?.naar).toEqual(['ingetrokken']);
      expect(celVoor(status, 'afweging-1')?.naar).toEqual(
        status === 'afweging-1' ? ['afweging-2', 'doorverwezen'] : [],
      );
    }
  });

  it('gives each phase of a doorbreking its own command, and only in afweging 4', () => {
    const perFase = cellen.filter((c) => 'fase' in c && c.fase !== undefined);
    expect(perFase.map((c) => [c.status, c.fase, c.soort])).toEqual([
      ['afweging-4', 'voorstel', 'doorbrekingsvoorstel'],
      ['afweging-4', 'collegiale-toetsing', 'collegiale-toetsing'],
      ['afweging-4', 'akkoord', 'akkoord-leidinggevende'],
    ]);
    // Once signed the doorbreking waits in verstrekking, so its last phase takes no command.
    expect(Afweging4Fase.options.filter((f) => !perFase.some((c) => 'fase' in c && c.fase === f))).toEqual([
      'akkoord-gegeven',
    ]);
  });

  it('has a place for every kind of command, and moves only to statuses that exist', () => {
    expect([...new Set(cellen.map((c) => c.soort))].sort()).toEqual([...SOORTEN].sort());
    for (const c of cellen) for (const n of c.naar) expect(DeelverzoekStatus.options).toContain(n);
  });

  it('tells the compiler where each status may lead, so advies can only walk the same way', () => {
    const verder: NaarVan<'toestemming'>[] = ['toestemming', 'verstrekking', 'afweging-4', 'ingetrokken'];
    // @ts-expect-error afweging 1 never leads straight to sharing
    const overslaan: NaarVan<'afweging-1'> = 'verstrekking';
    // @ts-expect-error a closed deelverzoek leads nowhere
    const afgesloten: NaarVan<'ingetrokken'> = 'afweging-1';
    expect([verder.length, overslaan, afgesloten]).toEqual([4, 'verstrekking', 'afweging-1']);
  });
});
