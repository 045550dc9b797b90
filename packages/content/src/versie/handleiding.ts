import { afwegingen } from '../afwegingen/afwegingen';
import { vijfVragenAfweging4a, vragenAfweging4b } from '../afwegingen/toetsvragen';
import { avg, datalek } from '../avg/avg';
import { begrippen } from '../begrippen/begrippen';
import { standaardBeleid } from '../beleid/standaard-beleid';
import { beroepsgeheim } from '../beroepsgeheim/beroepsgeheim';
import { bijlage1 } from '../bijlage-1/bijlage-1';
import { brochures, brochuresOpmerking } from '../bronnen/brochures';
import { gerechtvaardigdeRedenen } from '../grondslagen/gerechtvaardigde-redenen';
import { grondslagen, toestemmingsEisen } from '../grondslagen/grondslagen';
import { vertegenwoordiging } from '../vertegenwoordiging/vertegenwoordiging';
import { visie } from '../vuistregels/visie';
import { vuistregels } from '../vuistregels/vuistregels';
import { changelog } from './changelog';
import type { Handleiding } from './handleiding.schema';

/**
 * Content version 2025.1.0. Published: do not edit. For a change, copy what differs into a new
 * version module and register it in `contentVersies`.
 */
export const handleiding_2025_1_0: Handleiding = {
  versie: '2025.1.0',
  datum: '2026-11-22',
  document: {
    titel: 'Zo delen we gegevens in Zutphen',
    uitgever: 'Gemeente Zutphen en partners in het sociaal domein',
    website: 'www.zutphens-privacycode-sociaaldomein.nl',
    opmerking: brochuresOpmerking,
  },
  changelog: changelog.filter((c) => c.versie === '2025.1.0'),
  visie,
  vuistregels,
  afwegingen,
  vijfVragenAfweging4a,
  vragenAfweging4b,
  grondslagen,
  toestemmingsEisen,
  gerechtvaardigdeRedenen,
  beroepsgeheim,
  vertegenwoordiging,
  bijlage1,
  avg,
  datalek,
  begrippen,
  brochures,
  standaardBeleid,
};

/**
 * Content version 2025.2.0: the handbook's data are those of 2025.1.0; what changed are the rules
 * of afweging 4 (see the changelog), which the domain takes from this version on (`geldtVanaf`).
 */
export const handleiding_2025_2_0: Handleiding = {
  ...handleiding_2025_1_0,
  versie: '2025.2.0',
  datum: '2026-12-02',
  changelog: changelog.filter((c) => c.versie === '2025.1.0' || c.versie === '2025.2.0'),
};
