import {
  type Beleid,
  type BeleidOverrides,
  organisatiebeleid,
  standaardBeleid,
  WETTELIJKE_GRENZEN,
} from '@deelwijs/content';
import type { BeleidOverzicht, BeleidsversieView, Gebruiker, NieuwBeleid } from '@deelwijs/contract';
import { type BeleidsversieRij, beleidQueries, type DbHandle } from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';

const iso = (t: string) => new Date(t).toISOString();

/** The clocks a version sets differently from the default, as paths (`uitstel.maximaal`). */
function afwijkingen(beleid: Beleid): string[] {
  const uit: string[] = [];
  for (const [groep, waarden] of Object.entries(beleid)) {
    if (groep === 'versie') continue;
    const standaard = standaardBeleid[groep as keyof Beleid] as Record<string, unknown>;
    for (const [naam, waarde] of Object.entries(waarden as Record<string, unknown>))
      if (JSON.stringify(waarde) !== JSON.stringify(standaard[naam])) uit.push(`${groep}.${naam}`);
  }
  return uit;
}

const naarView = (r: BeleidsversieRij): BeleidsversieView => ({
  versie: r.versie,
  vastgesteldOp: iso(r.vastgesteldOp),
  vastgesteldDoor: { id: r.vastgesteldDoor, naam: r.vastgesteldDoorNaam },
  toelichting: r.toelichting,
  beleid: r.beleid,
  afwijkingen: afwijkingen(r.beleid),
});

/**
 * The organisation's own deadlines as versions. A new version holds from the moment it is put in
 * force, for deelverzoeken that start after it: a running one keeps the policy in its workflow input.
 */
@Injectable()
export class BeleidService {
  constructor(@Inject(DB) private readonly db: DbHandle) {}

  /** The policy a deelverzoek starting now gets. */
  async inGebruik(): Promise<Beleid> {
    return (await beleidQueries(this.db.db).inGebruik())?.beleid ?? standaardBeleid;
  }

  async overzicht(): Promise<BeleidOverzicht> {
    const versies = (await beleidQueries(this.db.db).lijst()).map(naarView);
    const nieuwste = versies[0];
    return {
      inGebruik: nieuwste
        ? {
            versie: nieuwste.versie,
            sinds: nieuwste.vastgesteldOp,
            bron: 'organisatie',
            beleid: nieuwste.beleid,
          }
        : { versie: standaardBeleid.versie, sinds: null, bron: 'standaard', beleid: standaardBeleid },
      standaard: standaardBeleid,
      versies,
      grenzen: WETTELIJKE_GRENZEN.map((g) => ({ ...g, hoogstens: { ...g.hoogstens } })),
    };
  }

  /**
   * Puts a new version in force: the default with these clocks, checked against the limits of the
   * law and the order the process needs. The name is `organisatie-<n>`; a concurrent one taking the
   * same number makes this one try the next.
   */
  async stelVast(invoer: NieuwBeleid, door: Gebruiker): Promise<BeleidsversieView> {
    const q = beleidQueries(this.db.db);
    for (let poging = 0; poging < 5; poging++) {
      const versie = `organisatie-${(await q.aantal()) + 1 + poging}`;
      const overrides: BeleidOverrides = { versie, ...invoer.klokken };
      const uitslag = organisatiebeleid(overrides);
      if (uitslag.problemen)
        throw problemen.ongeldigeInvoer(
          uitslag.problemen.map((p) => ({ pad: p.pad ? `klokken.${p.pad}` : 'klokken', bericht: p.bericht })),
          'Deze termijnen kunnen niet in werking: verbeter de gemarkeerde termijnen.',
        );
      const vastgelegd = await q.stelVast({
        versie,
        beleid: uitslag.beleid,
        overrides,
        toelichting: invoer.toelichting,
        vastgesteldDoor: door.id,
      });
      if (vastgelegd) return naarView((await q.lijst()).find((v) => v.versie === versie)!);
    }
    throw problemen.nietBeschikbaar('Er werd tegelijk ander beleid vastgesteld. Probeer het opnieuw.');
  }
}
