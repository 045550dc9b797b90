import { type AfgeslotenStatus, isAfgesloten } from '../deelverzoek/deelverzoek.schema';
import { aantekeningId } from '../deelverzoek/start';
import type { AantekeningSoort, Dossieraantekening } from '../dossieraantekening/dossieraantekening.schema';
import type { Overtreding } from '../regels/resultaat';
import type { DeelverzoekProces } from './proces.schema';

const BRON =
  'Handleiding hoofdstuk 4 (altijd vastleggen in het cliëntdossier); Bijlage 1 (delen zonder toestemming vastleggen)';

/** Entries every closed file must hold, by outcome. */
const VEREIST_PER_UITKOMST: Record<AfgeslotenStatus, readonly AantekeningSoort[]> = {
  doorverwezen: ['deelverzoek-gestart', 'afweging-1', 'afsluiting'],
  'niet-gedeeld': ['deelverzoek-gestart', 'afweging-1', 'afsluiting'],
  'gedeeld-met-toestemming': [
    'deelverzoek-gestart',
    'afweging-1',
    'afweging-2',
    'afweging-3',
    'toestemmingspoging',
    'verstrekking',
    'afsluiting',
  ],
  'gedeeld-zonder-toestemming': [
    'deelverzoek-gestart',
    'afweging-1',
    'afweging-2',
    'afweging-3',
    'verstrekking',
    'afsluiting',
  ],
  ingetrokken: ['deelverzoek-gestart', 'afsluiting'],
};

/** Extra entries a path demands, whatever the outcome. */
const VEREIST_PER_PAD: readonly {
  geldt: (p: DeelverzoekProces) => boolean;
  soorten: readonly AantekeningSoort[];
}[] = [
  {
    geldt: (p) => p.verstrekking?.basis.soort === 'doorbreking' && !p.verstrekking.basis.acuut,
    soorten: ['afweging-4', 'doorbrekingsvoorstel', 'collegiale-toetsing', 'akkoord-leidinggevende'],
  },
  // Shared at once in acute danger: no review beforehand, but the signature afterwards.
  {
    geldt: (p) => p.verstrekking?.basis.soort === 'doorbreking' && p.verstrekking.basis.acuut === true,
    soorten: ['afweging-4', 'doorbrekingsvoorstel', 'akkoord-leidinggevende'],
  },
  { geldt: (p) => p.verstrekking?.basis.soort === 'meldrecht', soorten: ['meldrecht-overleg'] },
  { geldt: (p) => p.informerenAchteraf !== undefined, soorten: ['informeren-achteraf'] },
  { geldt: (p) => p.uitstel.length > 0, soorten: ['uitstel'] },
];

/**
 * Whether the file tells the whole story: consecutive ids without gaps, all of this deelverzoek,
 * and — once closed — an entry for every step its outcome and path went through.
 */
export function controleerDossierspoor(
  p: DeelverzoekProces,
  aantekeningen: readonly Dossieraantekening[],
): Overtreding[] {
  const d = p.deelverzoek;
  const overtredingen: Overtreding[] = [];
  const idsKloppen =
    aantekeningen.length === p.volgnummer &&
    aantekeningen.every(
      (a, i) => a.id === aantekeningId(d.id, i + 1) && a.deelverzoekId === d.id && a.clientId === d.clientId,
    );
  if (!idsKloppen) {
    overtredingen.push({
      code: 'dossier-onvolledig-of-vreemd',
      bericht: 'De dossieraantekeningen lopen niet ononderbroken door of horen niet bij dit deelverzoek.',
      bron: BRON,
    });
  }
  if (!isAfgesloten(d.status)) return overtredingen;
  const vereist = [
    ...VEREIST_PER_UITKOMST[d.status],
    ...VEREIST_PER_PAD.filter((r) => r.geldt(p)).flatMap((r) => r.soorten),
  ];
  const aanwezig = new Set(aantekeningen.map((a) => a.soort));
  for (const soort of new Set(vereist)) {
    if (!aanwezig.has(soort)) {
      overtredingen.push({
        code: 'dossier-mist-stap',
        bericht: `In het dossier ontbreekt de aantekening "${soort}".`,
        bron: BRON,
      });
    }
  }
  return overtredingen;
}
