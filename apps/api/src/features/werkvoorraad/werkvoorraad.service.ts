import { type NotificatieView, naarMedewerker, type WerkItem, type Werkvoorraad } from '@deelwijs/contract';
import { type DbHandle, notificatieQueries, type WachtendRij, werkvoorraadQueries } from '@deelwijs/db';
import { kortNummer, type Medewerker, type VolgendeActie, werkVoorMedewerker } from '@deelwijs/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Gebruiker } from '../../auth/gebruiker';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { DeelverzoekenService } from '../deelverzoeken/deelverzoeken.service';

const naarNotificatie = (
  n: Awaited<ReturnType<ReturnType<typeof notificatieQueries>['voorGebruiker']>>[number],
): NotificatieView => ({
  id: n.id,
  deelverzoekId: n.deelverzoekId,
  deelverzoek: { kort: kortNummer(n.deelverzoekId), pseudoniem: n.pseudoniem },
  soort: n.soort,
  tekst: n.tekst,
  aangemaaktOp: new Date(n.aangemaaktOp).toISOString(),
  gelezen: n.gelezenOp !== null,
});

/** Which next actions of the process can wait for someone with these roles. */
const ACTIES_PER_ROL: Partial<Record<string, VolgendeActie[]>> = {
  'deskundige-collega': ['collegiale-toetsing'],
  leidinggevende: ['akkoord-leidinggevende', 'akkoord-achteraf', 'uitstel-beoordelen'],
};

/** A team's open work is small; more than this waiting for one person is an incident, not a list. */
const MAX_TAKEN = 200;

/** The item, when this deelverzoek waits for this person (the domain decides from the snapshot). */
function naarWerkItem(rij: WachtendRij, wie: Medewerker): WerkItem[] {
  const p = rij.proces;
  const soort = p && werkVoorMedewerker(p, wie);
  if (!p || !soort) return [];
  const doorbreking = soort !== 'uitstel-beoordelen' && p.status === 'afweging-4' ? p.afweging4 : null;
  return [
    {
      soort,
      deelverzoekId: rij.deelverzoekId,
      client: { pseudoniem: rij.pseudoniem },
      afweging: doorbreking?.afweging ?? null,
      spoed: doorbreking?.spoed ?? false,
      uiterlijk: rij.volgendeActieOp ? new Date(rij.volgendeActieOp).toISOString() : null,
      inWerkdagen: rij.volgendeActieInWerkdagen,
    },
  ];
}

/** Acute first (shared already, the signature must follow), then urgent, then the deadline. */
const urgentie = (t: WerkItem) => (t.soort === 'akkoord-achteraf' ? 0 : t.spoed ? 1 : 2);
const opVolgorde = (a: WerkItem, b: WerkItem) =>
  urgentie(a) - urgentie(b) ||
  (a.uiterlijk ?? '\uffff').localeCompare(b.uiterlijk ?? '\uffff') ||
  a.deelverzoekId.localeCompare(b.deelverzoekId);

@Injectable()
export class WerkvoorraadService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    private readonly deelverzoeken: DeelverzoekenService,
  ) {}

  /**
   * What I must do now: the reviews, signatures and uitstel decisions waiting for me, and for a
   * casemanager the open deelverzoeken they are responsible for, the next due first. Nobody else sees the team's
   * caseload here (need to know); the privacy officer's lists are on Toezicht.
   */
  async werkvoorraad(gebruiker: Gebruiker): Promise<Werkvoorraad> {
    const metOpen = gebruiker.rollen.includes('casemanager');
    const [taken, open, notificaties] = await Promise.all([
      this.taken(gebruiker),
      // The casemanager's own: those they are responsible for now (after an overdracht, the new owner's).
      metOpen ? this.deelverzoeken.lijst(gebruiker, 1, 50, true, true) : { items: [], totaal: 0 },
      this.notificaties(gebruiker),
    ]);
    return { taken, deelverzoeken: open.items, totaalOpen: open.totaal, notificaties };
  }

  /** Index-backed on the row (next action, team); the snapshot says for whom, read by the domain. */
  private async taken(gebruiker: Gebruiker): Promise<WerkItem[]> {
    const acties = [...new Set(gebruiker.rollen.flatMap((r) => ACTIES_PER_ROL[r] ?? []))];
    if (acties.length === 0) return [];
    const rijen = await werkvoorraadQueries(this.db.db).wachtOp({
      team: gebruiker.team,
      acties,
      toetser: gebruiker.id,
      limiet: MAX_TAKEN,
    });
    const wie = naarMedewerker(gebruiker);
    return rijen.flatMap((r) => naarWerkItem(r, wie)).sort(opVolgorde);
  }

  async notificaties(gebruiker: Gebruiker): Promise<NotificatieView[]> {
    return (await notificatieQueries(this.db.db).voorGebruiker(gebruiker.id)).map(naarNotificatie);
  }

  /** Only one's own reminders: another person's id answers like one that does not exist. */
  async markeerGelezen(gebruiker: Gebruiker, id: string): Promise<void> {
    const gemarkeerd = await notificatieQueries(this.db.db).markeerGelezen(
      id,
      gebruiker.id,
      new Date().toISOString(),
    );
    if (!gemarkeerd) throw problemen.nietGevonden('Deze melding');
  }
}
