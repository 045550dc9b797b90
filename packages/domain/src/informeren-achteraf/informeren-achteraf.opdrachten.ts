import { controleerFunctiescheiding } from '../functiescheiding/functiescheiding';
import type { OpdrachtVan, ProcesContext, ProcesIn, ProcesStap } from '../proces/proces.schema';
import { naar } from '../proces/stap';
import { doorbrekingInStappen } from '../regels/regelversie';
import { geweigerd, overtreding, type Resultaat } from '../regels/resultaat';
import {
  BRON_GERECHTVAARDIGDE_REDEN,
  type GerechtvaardigdeReden,
  gerechtvaardigdeRedenLabel,
  toetsUitstelAanvraag,
  valideerUitstel,
} from '../termijnen/uitstel';

/**
 * The professional asks to postpone telling the client: only for a gerechtvaardigde reden, with
 * reasons, within the policy's maximum. Who asks is who gives the command.
 */
export function uitstel(
  p: ProcesIn<'informeren-achteraf'>,
  o: OpdrachtVan<'uitstel'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  if (!doorbrekingInStappen(p)) return uitstelInEenStap(p, o, ctx);
  const aanvraag = { reden: o.reden, onderbouwing: o.onderbouwing, vanaf: ctx.op, tot: o.tot };
  const overtredingen = [
    ...(p.uitstelVerzoek
      ? [
          overtreding(
            'uitstel-al-gevraagd',
            'Er ligt al een verzoek om uitstel bij de leidinggevende. Wacht op dat besluit.',
            BRON_GERECHTVAARDIGDE_REDEN,
          ),
        ]
      : []),
    ...toetsUitstelAanvraag(ctx.beleid, aanvraag, ctx.werkdagOpties),
  ];
  if (overtredingen.length > 0) return geweigerd(...overtredingen);
  const verzoek = {
    reden: o.reden,
    onderbouwing: o.onderbouwing,
    tot: o.tot,
    aangevraagdDoor: { gebruikerId: ctx.door.gebruikerId },
    aangevraagdOp: ctx.op,
  };
  return naar(p, ctx, { ...p, status: 'informeren-achteraf', uitstelVerzoek: verzoek }, [
    {
      soort: 'uitstel',
      tekst: `Uitstel van informeren gevraagd tot ${o.tot} (${gerechtvaardigdeRedenLabel[o.reden as GerechtvaardigdeReden]}). ${o.onderbouwing}`,
    },
  ]);
}

/**
 * Before content version 2025.2.0: the leidinggevende gives the uitstel at once, naming who asked
 * for it. Processes of that version keep this rule.
 */
function uitstelInEenStap(
  p: ProcesIn<'informeren-achteraf'>,
  o: OpdrachtVan<'uitstel'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const r = valideerUitstel(
    ctx.beleid,
    {
      reden: o.reden,
      onderbouwing: o.onderbouwing,
      vanaf: ctx.op,
      tot: o.tot,
      // Without a requester the leidinggevende would approve their own request: refused.
      aangevraagdDoor: o.aangevraagdDoor ?? ctx.door,
      goedgekeurdDoor: ctx.door,
    },
    ctx.werkdagOpties,
  );
  if (!r.ok) return r;
  return naar(p, ctx, { ...p, status: 'informeren-achteraf', uitstel: [...p.uitstel, r.waarde] }, [
    {
      soort: 'uitstel',
      tekst: `Informeren achteraf uitgesteld tot ${o.tot} (${gerechtvaardigdeRedenLabel[r.waarde.reden]}). ${o.onderbouwing}`,
    },
  ]);
}

/**
 * A leidinggevende other than the requester decides on the uitstel, with a motivation. Approved, the
 * period runs from this moment and moves the deadline; refused, the client must be told as planned.
 */
export function uitstelBesluit(
  p: ProcesIn<'informeren-achteraf'>,
  o: OpdrachtVan<'uitstel-besluit'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const verzoek = p.uitstelVerzoek;
  if (!verzoek) {
    return geweigerd(
      overtreding(
        'geen-uitstel-gevraagd',
        'Er ligt geen verzoek om uitstel om over te beslissen.',
        BRON_GERECHTVAARDIGDE_REDEN,
      ),
    );
  }
  const r = valideerUitstel(
    ctx.beleid,
    {
      reden: verzoek.reden,
      onderbouwing: verzoek.onderbouwing,
      vanaf: ctx.op,
      tot: verzoek.tot,
      aangevraagdDoor: verzoek.aangevraagdDoor,
      goedgekeurdDoor: ctx.door,
    },
    ctx.werkdagOpties,
  );
  // A refusal needs only a leidinggevende who did not ask; the term rules bind an approval.
  const scheiding = r.ok
    ? r
    : controleerFunctiescheiding(
        { aanvrager: verzoek.aangevraagdDoor, ondertekenaar: ctx.door },
        { collegialeToetsing: false, akkoordLeidinggevende: true },
      );
  if (o.besluit.besluit === 'afgewezen') {
    if (!scheiding.ok) return scheiding;
    return naar(p, ctx, { ...p, status: 'informeren-achteraf', uitstelVerzoek: undefined }, [
      { soort: 'uitstel', tekst: `Uitstel afgewezen door de leidinggevende. ${o.besluit.toelichting}` },
    ]);
  }
  if (!r.ok) return r;
  return naar(
    p,
    ctx,
    { ...p, status: 'informeren-achteraf', uitstel: [...p.uitstel, r.waarde], uitstelVerzoek: undefined },
    [
      {
        soort: 'uitstel',
        tekst: `Uitstel goedgekeurd: informeren achteraf uitgesteld tot ${verzoek.tot} (${gerechtvaardigdeRedenLabel[r.waarde.reden]}). ${o.besluit.toelichting}`,
      },
    ],
  );
}

/** The client was told afterwards what was shared: the file closes as shared without consent. */
export function informerenAchteraf(
  p: ProcesIn<'informeren-achteraf'>,
  o: OpdrachtVan<'informeren-achteraf'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  return naar(
    p,
    ctx,
    {
      ...p,
      status: 'gedeeld-zonder-toestemming',
      informerenAchteraf: { ...o.informeren, door: { gebruikerId: ctx.door.gebruikerId }, op: ctx.op },
    },
    [
      {
        soort: 'informeren-achteraf',
        tekst: `Cliënt achteraf geïnformeerd (${o.informeren.wijze}).${o.informeren.reactieClient ? ` Reactie: "${o.informeren.reactieClient}"` : ''}`,
      },
    ],
  );
}
