import { describe, expect, it } from 'vitest';
import { AfgeslotenStatus, DeelverzoekStatus, OpenStatus } from '../deelverzoek/deelverzoek.schema';
import { EERSTE_STATUS } from '../deelverzoek/start';
import { Afweging4Fase } from '../doorbreking/doorbreking.schema';
import { opdrachtRollen } from '../functiescheiding/opdracht-rollen';
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

  it('lets a deelverzoek be withdrawn in every open status until something was shared, and afweging 1 refuse a second answer', () => {
    for (const status of OpenStatus.options) {
      expect(celVoor(status, 'intrekken')?.naar).toEqual(
        status === 'informeren-achteraf' ? [] : ['ingetrokken'],
      );
      expect(celVoor(status, 'afweging-1')?.naar).toEqual(
        status === 'afweging-1' ? ['afweging-2', 'doorverwezen'] : [],
      );
    }
  });

  it('gives the phases of a doorbreking their own commands, and only in afweging 4', () => {
    const perFase = cellen.filter((c) => 'fasen' in c && c.fasen !== undefined);
    expect(perFase.map((c) => [c.status, c.fasen, c.soort])).toEqual([
      ['afweging-4', ['voorstel'], 'doorbrekingsvoorstel'],
      ['afweging-4', ['voorstel'], 'acute-verstrekking'],
      ['afweging-4', ['collegiale-toetsing', 'akkoord'], 'voorstel-wijzigen'],
      ['afweging-4', ['collegiale-toetsing'], 'toetser-toewijzen'],
      ['afweging-4', ['collegiale-toetsing'], 'toetsing-oppakken'],
      ['afweging-4', ['collegiale-toetsing'], 'collegiale-toetsing'],
      ['afweging-4', ['akkoord', 'akkoord-achteraf'], 'akkoord-leidinggevende'],
    ]);
    // Once signed the doorbreking waits in verstrekking, so its last phase takes no command.
    expect(
      Afweging4Fase.options.filter(
        (f) => !perFase.some((c) => 'fasen' in c && c.fasen?.includes(f as never)),
      ),
    ).toEqual(['akkoord-gegeven']);
  });

  it('lets only a deskundige collega review and only a leidinggevende sign or decide an uitstel', () => {
    const perRol = (rol: string) =>
      Object.entries(opdrachtRollen)
        .filter(([, rollen]) => (rollen as readonly string[]).includes(rol))
        .map(([soort]) => soort);
    expect(perRol('leidinggevende')).toEqual(['akkoord-leidinggevende', 'uitstel-besluit']);
    expect(perRol('privacy-officer')).toEqual([]);
    expect(perRol('deskundige-collega')).toContain('collegiale-toetsing');
    expect(perRol('professional')).not.toContain('collegiale-toetsing');
    expect(Object.keys(opdrachtRollen).sort()).toEqual([...SOORTEN].sort());
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
