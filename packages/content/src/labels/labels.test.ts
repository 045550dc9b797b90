import { describe, expect, it } from 'vitest';
import { Antwoord, UitkomstSoort, Vereiste } from '../afwegingen/afweging.schema';
import { BeroepsgeheimKlasse } from '../beroepsgeheim/beroepsgeheim';
import { Informatieplicht, VastleggingId } from '../bijlage-1/bijlage-1.schema';
import { Afweging4RedenId, afweging4RedenLabel } from './afweging-4';
import { antwoordLabel } from './antwoord';
import { DeelverzoekStatusId, statusLabel } from './deelverzoek-status';
import {
  AkkoordBesluitId,
  akkoordBesluitLabel,
  DoorbrekingFaseId,
  DoorbrekingGrondId,
  doorbrekingFaseLabel,
  doorbrekingGrondLabel,
  ToetsingOordeelId,
  toetsingOordeelLabel,
  uitstelBesluitLabel,
} from './doorbreking';
import {
  AantekeningSoortId,
  aantekeningSoortLabel,
  DeelbasisSoortId,
  deelbasisLabel,
  RouteSoortId,
  routeSoortLabel,
  VerantwoordingDeelId,
  verantwoordingDeelLabel,
  verantwoordingDeelVan,
} from './dossier';
import {
  beroepsgeheimLabel,
  informatieplichtLabel,
  uitkomstLabel,
  vastleggingLabel,
  vereisteLabel,
} from './handleiding';
import { HerinneringSoortId, herinneringTekst } from './herinnering';
import { LabelTabel } from './labels.schema';
import { OmstandigheidId, omstandigheidLabel } from './omstandigheid';
import {
  PogingUitkomstId,
  PogingWijzeId,
  pogingUitkomstLabel,
  pogingWijzeLabel,
  ToestemmingWijzeId,
  toestemmingWijzeLabel,
} from './toestemming';
import { VerstrekkingWijzeId, verstrekkingWijzeLabel } from './verstrekking';
import { VertegenwoordigerRolId, vertegenwoordigerRolLabel } from './vertegenwoordiger-rol';
import { VolgendeActieId, volgendeActieLabel } from './volgende-actie';
import {
  BeheerWerkGroepId,
  beheerWerkGroepLabel,
  EigenWerkGroepId,
  eigenWerkGroepBijMij,
  eigenWerkGroepLabel,
  HandtekeningSignaalId,
  handtekeningSignaalLabel,
  InformerenAchterafRouteId,
  informerenAchterafRouteLabel,
  ToezichtWerkGroepId,
  toezichtWerkGroepLabel,
  WerkGroepId,
  WerkMarkeringId,
  WerkSoortId,
  werkGroepLabel,
  werkGroepVan,
  werkMarkeringLabel,
  werkSoortLabel,
} from './werkvoorraad';

/** Every label table with the enum it names and how long one label may be; a new table gets a row here. */
const TABELLEN = [
  { naam: 'volgendeActieLabel', ids: VolgendeActieId, tabel: volgendeActieLabel, max: 40 },
  { naam: 'statusLabel', ids: DeelverzoekStatusId, tabel: statusLabel, max: 60 },
  { naam: 'pogingWijzeLabel', ids: PogingWijzeId, tabel: pogingWijzeLabel, max: 40 },
  { naam: 'pogingUitkomstLabel', ids: PogingUitkomstId, tabel: pogingUitkomstLabel, max: 40 },
  { naam: 'toestemmingWijzeLabel', ids: ToestemmingWijzeId, tabel: toestemmingWijzeLabel, max: 40 },
  { naam: 'verstrekkingWijzeLabel', ids: VerstrekkingWijzeId, tabel: verstrekkingWijzeLabel, max: 40 },
  { naam: 'afweging4RedenLabel', ids: Afweging4RedenId, tabel: afweging4RedenLabel, max: 60 },
  { naam: 'antwoordLabel', ids: Antwoord, tabel: antwoordLabel, max: 40 },
  { naam: 'toetsingOordeelLabel', ids: ToetsingOordeelId, tabel: toetsingOordeelLabel, max: 40 },
  { naam: 'akkoordBesluitLabel', ids: AkkoordBesluitId, tabel: akkoordBesluitLabel, max: 60 },
  { naam: 'uitstelBesluitLabel', ids: AkkoordBesluitId, tabel: uitstelBesluitLabel, max: 70 },
  { naam: 'omstandigheidLabel', ids: OmstandigheidId, tabel: omstandigheidLabel, max: 60 },
  { naam: 'uitkomstLabel', ids: UitkomstSoort, tabel: uitkomstLabel, max: 40 },
  { naam: 'beroepsgeheimLabel', ids: BeroepsgeheimKlasse, tabel: beroepsgeheimLabel, max: 40 },
  { naam: 'informatieplichtLabel', ids: Informatieplicht, tabel: informatieplichtLabel, max: 40 },
  { naam: 'vastleggingLabel', ids: VastleggingId, tabel: vastleggingLabel, max: 60 },
  // Read inside a sentence ("Eerst of daarbij: …"), so they start in lower case.
  { naam: 'vereisteLabel', ids: Vereiste, tabel: vereisteLabel, max: 40, kleineLetter: true },
  {
    naam: 'vertegenwoordigerRolLabel',
    ids: VertegenwoordigerRolId,
    tabel: vertegenwoordigerRolLabel,
    max: 60,
    kleineLetter: true,
  },
  // Reminders are sentences, read in a list and in an e-mail.
  { naam: 'herinneringTekst', ids: HerinneringSoortId, tabel: herinneringTekst, max: 200 },
  { naam: 'doorbrekingFaseLabel', ids: DoorbrekingFaseId, tabel: doorbrekingFaseLabel, max: 40 },
  { naam: 'doorbrekingGrondLabel', ids: DoorbrekingGrondId, tabel: doorbrekingGrondLabel, max: 40 },
  { naam: 'werkSoortLabel', ids: WerkSoortId, tabel: werkSoortLabel, max: 60 },
  { naam: 'werkGroepLabel', ids: WerkGroepId, tabel: werkGroepLabel, max: 60 },
  { naam: 'werkMarkeringLabel', ids: WerkMarkeringId, tabel: werkMarkeringLabel, max: 20 },
  { naam: 'eigenWerkGroepLabel', ids: EigenWerkGroepId, tabel: eigenWerkGroepLabel, max: 60 },
  { naam: 'beheerWerkGroepLabel', ids: BeheerWerkGroepId, tabel: beheerWerkGroepLabel, max: 60 },
  { naam: 'toezichtWerkGroepLabel', ids: ToezichtWerkGroepId, tabel: toezichtWerkGroepLabel, max: 60 },
  {
    naam: 'handtekeningSignaalLabel',
    ids: HandtekeningSignaalId,
    tabel: handtekeningSignaalLabel,
    max: 60,
  },
  {
    naam: 'informerenAchterafRouteLabel',
    ids: InformerenAchterafRouteId,
    tabel: informerenAchterafRouteLabel,
    max: 60,
  },
  // The file, the timeline and the verantwoording: every kind of entry and every code in one.
  { naam: 'aantekeningSoortLabel', ids: AantekeningSoortId, tabel: aantekeningSoortLabel, max: 60 },
  { naam: 'verantwoordingDeelLabel', ids: VerantwoordingDeelId, tabel: verantwoordingDeelLabel, max: 60 },
  { naam: 'deelbasisLabel', ids: DeelbasisSoortId, tabel: deelbasisLabel, max: 70 },
  { naam: 'routeSoortLabel', ids: RouteSoortId, tabel: routeSoortLabel, max: 60 },
];

describe('label tables', () => {
  it.each(TABELLEN)('$naam labels every value of its enum, and only those', ({ ids, tabel }) => {
    expect(LabelTabel(ids).safeParse(tabel).success).toBe(true);
    expect(Object.keys(tabel).sort()).toEqual([...ids.options].sort());
  });

  it.each(TABELLEN)('$naam has short, distinct labels that start as they are read', (t) => {
    const labels = Object.values(t.tabel) as string[];
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) {
      expect(l.length, l).toBeLessThanOrEqual(t.max);
      expect(l[0], l).toMatch('kleineLetter' in t ? /\p{Ll}/u : /\p{Lu}/u);
    }
  });

  it('puts every kind of werkvoorraad item in a group, and every group has a kind', () => {
    expect(Object.keys(werkGroepVan).sort()).toEqual([...WerkSoortId.options].sort());
    expect([...new Set(Object.values(werkGroepVan))].sort()).toEqual([...WerkGroepId.options].sort());
  });

  it("groups a casemanager's own work by every next action, and lists what is up to me before what waits", () => {
    const groepen = EigenWerkGroepId.options;
    expect(VolgendeActieId.options.filter((a) => !(groepen as readonly string[]).includes(a))).toEqual([]);
    const eerst = groepen.findIndex((g) => !eigenWerkGroepBijMij[g]);
    expect(groepen.slice(eerst).every((g) => !eigenWerkGroepBijMij[g])).toBe(true);
  });

  it('puts every kind of dossieraantekening under a heading of the verantwoording', () => {
    expect(Object.keys(verantwoordingDeelVan).sort()).toEqual([...AantekeningSoortId.options].sort());
    expect(new Set(Object.values(verantwoordingDeelVan))).toEqual(new Set(VerantwoordingDeelId.options));
  });

  it('refuses a table that misses a value or adds one', () => {
    const schema = LabelTabel(VolgendeActieId);
    const { 'informeren-achteraf': _, ...zonder } = volgendeActieLabel;
    expect(schema.safeParse(zonder).success).toBe(false);
    expect(schema.safeParse({ ...volgendeActieLabel, 'iets-anders': 'Iets anders' }).success).toBe(false);
    expect(schema.safeParse({ ...volgendeActieLabel, 'toestemming-vragen': ' ' }).success).toBe(false);
  });
});
