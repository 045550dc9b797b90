import { opdrachtRollen } from '@deelwijs/domain';
import { describe, expect, it } from 'vitest';
import { type RouteId, routes } from '../src/routes';
import { Rol } from '../src/schemas/rollen';
import {
  type Beleidsregel,
  beleidVoor,
  opdrachtBeleid,
  opdrachtSoorten,
  relaties,
  rollenVan,
  routeBeleid,
  toegestaan,
} from '../src/toegangsbeleid';

const ids = Object.keys(routes) as RouteId[];
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('the access policy covers the registry', () => {
  it('has a row for every route and no row for a route that does not exist', () => {
    expect(sorted(Object.keys(routeBeleid))).toEqual(sorted(ids));
  });

  it('has a row for every kind of command, and only those', () => {
    expect(sorted(Object.keys(opdrachtBeleid))).toEqual(sorted(opdrachtSoorten));
    expect(opdrachtSoorten.length).toBeGreaterThanOrEqual(20);
  });

  it.each(ids)('%s: the roles in the registry are exactly the roles its policy lets in', (id) => {
    const rollen = rollenVan(beleidVoor(id));
    const spec = routes[id];
    if (rollen === 'publiek') expect(spec.roles).toBe('public');
    else expect(sorted(spec.roles as readonly string[])).toEqual(sorted(rollen));
  });

  it('names only known roles and relations, never an empty list', () => {
    const rijen: Beleidsregel[] = [
      ...Object.values(routeBeleid).filter((r): r is Beleidsregel => r !== 'per-soort'),
      ...Object.values(opdrachtBeleid),
    ];
    for (const rij of rijen) {
      if (rij === 'publiek') continue;
      for (const [rol, rs] of Object.entries(rij)) {
        expect(Rol.options).toContain(rol);
        expect(rs.length).toBeGreaterThan(0);
        for (const r of rs) expect(relaties).toContain(r);
      }
    }
  });

  it('lets nobody give a command the domain would refuse for their role', () => {
    // The domain's table speaks of a professional where the API has a casemanager.
    const domeinRol = (r: string) => (r === 'casemanager' ? 'professional' : r);
    for (const soort of opdrachtSoorten) {
      const rollen = rollenVan(opdrachtBeleid[soort]) as string[];
      for (const rol of rollen) expect(opdrachtRollen[soort] as readonly string[]).toContain(domeinRol(rol));
    }
  });

  it('gives the functioneel beheerder no route with client data', () => {
    for (const id of ids) {
      const rij = beleidVoor(id);
      if (rij === 'publiek') continue;
      const rels = rij['functioneel-beheerder'] ?? [];
      expect(rels.every((r) => r === 'iedereen'), id).toBe(true);
    }
    expect(routeBeleid.gebruikerAanmaken).toEqual({ 'functioneel-beheerder': ['iedereen'] });
  });

  it('decides by role and relation together', () => {
    const akkoord = opdrachtBeleid['akkoord-leidinggevende'];
    expect(toegestaan(akkoord, ['leidinggevende'], new Set(['ondertekenaar']))).toBe(true);
    expect(toegestaan(akkoord, ['leidinggevende'], new Set(['eigen-team']))).toBe(false);
    expect(toegestaan(akkoord, ['casemanager'], new Set(['ondertekenaar', 'eigen-team']))).toBe(false);
    // A leidinggevende without the deskundige-collega role records no review.
    expect(toegestaan(opdrachtBeleid['collegiale-toetsing'], ['leidinggevende'], new Set(['toetser']))).toBe(
      false,
    );
    expect(toegestaan(opdrachtBeleid['afweging-1'], ['leidinggevende'], new Set(['eigen-team']))).toBe(false);
    expect(toegestaan(opdrachtBeleid.toestemmingspoging, ['leidinggevende'], new Set(['eigen-team']))).toBe(
      false,
    );
  });
});
