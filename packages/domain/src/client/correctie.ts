import { vertegenwoordigerRolLabel } from '@deelwijs/content/labels/vertegenwoordiger-rol';
import { z } from 'zod';
import type { Actor, ClientDossieraantekening } from '../dossieraantekening/dossieraantekening.schema';
import { gelukt, geweigerd, type Overtreding, overtreding, type Resultaat } from '../regels/resultaat';
import { Persoonsnaam } from '../regels/tekst';
import { VertegenwoordigerRol } from '../vertegenwoordiging/vertegenwoordiging.schema';

/** Why a client's data may be put right afterwards, and why the file must say so. */
export const BRON_CLIENT_CORRECTIE =
  'AVG art. 5 lid 1 onder d en art. 16 (juiste gegevens, recht op rectificatie); handleiding hoofdstuk 4 (elke stap in het dossier)';

/** The most representatives a client can have, as when the client is registered. */
export const MAX_VERTEGENWOORDIGERS = 10;

/** A correction needs a reason: the file says why the data changed, not only that it did. */
const Reden = z
  .string({ error: 'Schrijf op waarom u dit wijzigt.' })
  .trim()
  .min(5, 'Schrijf op waarom u dit wijzigt, in minstens 5 tekens.')
  .max(2000, 'De reden is te lang (hoogstens 2000 tekens).');

/** What a casemanager adds or puts right about a client, with the reason. */
export const ClientCorrectie = z.discriminatedUnion(
  'soort',
  [
    z.object({
      soort: z.literal('vertegenwoordiger-toevoegen'),
      naam: Persoonsnaam('Vul de naam van de vertegenwoordiger in (minstens 2 tekens).'),
      rol: z.enum(VertegenwoordigerRol.options, {
        error: 'Kies hoe deze persoon de cliënt vertegenwoordigt (bijvoorbeeld ouder met gezag of voogd).',
      }),
      reden: Reden,
    }),
    z.object({
      soort: z.literal('geboortedatum-corrigeren'),
      geboortedatum: z.iso.date({ error: 'Vul de geboortedatum in als dag, maand en jaar.' }),
      reden: Reden,
    }),
    z.object({
      soort: z.literal('wilsonbekwaamheid-wijzigen'),
      wilsonbekwaam: z.boolean({ error: 'Kies of de cliënt wilsonbekwaam is.' }),
      reden: Reden,
    }),
  ],
  { error: 'Kies wat u wilt wijzigen: een vertegenwoordiger, de geboortedatum of de wilsonbekwaamheid.' },
);
export type ClientCorrectie = z.infer<typeof ClientCorrectie>;

/** The client as it is on file now: what the correction is compared with. */
export interface ClientStand {
  id: string;
  geboortedatum: string;
  wilsonbekwaam: boolean;
  vertegenwoordigers: readonly { id: string; naam: string; rol: VertegenwoordigerRol }[];
}

/** Who corrects, when, and the ids and versions the caller chose for what gets written. */
export interface CorrectieContext {
  door: Actor;
  /** ISO moment of the correction. */
  op: string;
  /** Today in Amsterdam (JJJJ-MM-DD): a birth date after it is refused. */
  vandaag: string;
  aantekeningId: string;
  /** The id a new representative gets. */
  vertegenwoordigerId: string;
  contentVersie: string;
  beleidVersie: string;
}

/** What changes in the client's row, or the row that is added. */
export type ClientWijziging =
  | { soort: 'vertegenwoordiger'; vertegenwoordiger: { id: string; naam: string; rol: VertegenwoordigerRol } }
  | { soort: 'geboortedatum'; geboortedatum: string }
  | { soort: 'wilsonbekwaam'; wilsonbekwaam: boolean };

export interface Correctie {
  wijziging: ClientWijziging;
  aantekening: ClientDossieraantekening;
}

const weiger = (code: string, bericht: string): Resultaat<Correctie> =>
  geweigerd(overtreding(code, bericht, BRON_CLIENT_CORRECTIE));

const zelfdeNaam = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
const wilsonbekwaamheid = (ja: boolean) => (ja ? 'wilsonbekwaam' : 'niet wilsonbekwaam');

/**
 * A correction of a client's data, decided: the change to store and the dossieraantekening that
 * says who changed what from what to what, and why. Refused when the input is not valid, when it
 * changes nothing (a correction that is no change would only clutter the file), when the birth
 * date lies in the future, or when the same representative is on file already. Pure: the caller
 * writes both in one transaction.
 */
export function corrigeerClient(
  client: ClientStand,
  invoer: unknown,
  ctx: CorrectieContext,
): Resultaat<Correctie> {
  const gelezen = ClientCorrectie.safeParse(invoer);
  if (!gelezen.success)
    return geweigerd(
      ...gelezen.error.issues.map(
        (i): Overtreding => overtreding('ongeldige-invoer', i.message, BRON_CLIENT_CORRECTIE),
      ),
    );
  const c = gelezen.data;
  const aantekening = (soort: ClientDossieraantekening['soort'], wat: string): ClientDossieraantekening => ({
    id: ctx.aantekeningId,
    deelverzoekId: null,
    clientId: client.id,
    soort,
    tekst: `${wat}. Reden: ${c.reden}`,
    door: { gebruikerId: ctx.door.gebruikerId.trim() },
    op: ctx.op,
    contentVersie: ctx.contentVersie,
    beleidVersie: ctx.beleidVersie,
  });
  switch (c.soort) {
    case 'vertegenwoordiger-toevoegen': {
      if (client.vertegenwoordigers.some((v) => v.rol === c.rol && zelfdeNaam(v.naam, c.naam)))
        return weiger(
          'vertegenwoordiger-bestaat-al',
          `${c.naam} staat al als ${vertegenwoordigerRolLabel[c.rol]} bij deze cliënt.`,
        );
      if (client.vertegenwoordigers.length >= MAX_VERTEGENWOORDIGERS)
        return weiger(
          'te-veel-vertegenwoordigers',
          `Een cliënt heeft hoogstens ${MAX_VERTEGENWOORDIGERS} vertegenwoordigers.`,
        );
      const vertegenwoordiger = { id: ctx.vertegenwoordigerId, naam: c.naam, rol: c.rol };
      return gelukt({
        wijziging: { soort: 'vertegenwoordiger', vertegenwoordiger },
        // By id and relation, as the domain names a representative; the file shows the name at read time.
        aantekening: aantekening(
          'vertegenwoordiger-toegevoegd',
          `Vertegenwoordiger ${vertegenwoordigerRolLabel[c.rol]} (${vertegenwoordiger.id}) toegevoegd`,
        ),
      });
    }
    case 'geboortedatum-corrigeren': {
      if (c.geboortedatum > ctx.vandaag)
        return weiger('geboortedatum-in-de-toekomst', 'De geboortedatum ligt in de toekomst.');
      if (c.geboortedatum === client.geboortedatum)
        return weiger('ongewijzigd', 'Dit is al de geboortedatum van de cliënt. Er is niets te verbeteren.');
      return gelukt({
        wijziging: { soort: 'geboortedatum', geboortedatum: c.geboortedatum },
        aantekening: aantekening(
          'geboortedatum-gecorrigeerd',
          `Geboortedatum gecorrigeerd van ${client.geboortedatum} naar ${c.geboortedatum}`,
        ),
      });
    }
    case 'wilsonbekwaamheid-wijzigen': {
      if (c.wilsonbekwaam === client.wilsonbekwaam)
        return weiger(
          'ongewijzigd',
          `De cliënt staat al als ${wilsonbekwaamheid(c.wilsonbekwaam)}. Er is niets te wijzigen.`,
        );
      return gelukt({
        wijziging: { soort: 'wilsonbekwaam', wilsonbekwaam: c.wilsonbekwaam },
        aantekening: aantekening(
          'wilsonbekwaamheid-gewijzigd',
          `Wilsonbekwaamheid gewijzigd van ${wilsonbekwaamheid(client.wilsonbekwaam)} naar ${wilsonbekwaamheid(c.wilsonbekwaam)}`,
        ),
      });
    }
  }
}
