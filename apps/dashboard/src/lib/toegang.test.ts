import { Rol, routes } from '@deelwijs/contract';
import { describe, expect, it } from 'vitest';
import { mag, startpagina } from './toegang';

describe('what a role is offered', () => {
  it.each([
    ['casemanager', '/werkvoorraad'],
    ['deskundige-collega', '/werkvoorraad'],
    ['leidinggevende', '/werkvoorraad'],
    ['privacy-officer', '/werkvoorraad'],
    ['functioneel-beheerder', '/beheer'],
  ] as const)('a %s starts on %s', (rol, pagina) => {
    expect(startpagina({ rollen: [rol] })).toBe(pagina);
  });

  it('offers the beheerder no route that reads client data, and beheer to nobody else', () => {
    const beheerder = { rollen: ['functioneel-beheerder' as const] };
    for (const route of [
      routes.werkvoorraad,
      routes.deelverzoekenLijst,
      routes.clientenLijst,
      routes.clientVinden,
    ])
      expect(mag(beheerder, route)).toBe(false);
    expect(mag(beheerder, routes.gebruikerAanmaken)).toBe(true);
    for (const rol of Rol.options.filter((r) => r !== 'functioneel-beheerder'))
      expect(mag({ rollen: [rol] }, routes.gebruikerAanmaken), rol).toBe(false);
  });

  it('lets only a casemanager start a deelverzoek or register a client', () => {
    for (const rol of Rol.options) {
      expect(mag({ rollen: [rol] }, routes.deelverzoekStarten), rol).toBe(rol === 'casemanager');
      expect(mag({ rollen: [rol] }, routes.clientRegistreren), rol).toBe(rol === 'casemanager');
    }
  });
});
