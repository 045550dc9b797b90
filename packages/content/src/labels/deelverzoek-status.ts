import { z } from 'zod';

/** Where a deelverzoek stands in the process of handbook chapter 4; stored, so never renamed. */
export const DeelverzoekStatusId = z.enum([
  'afweging-1',
  'afweging-2',
  'afweging-3',
  'toestemming',
  'afweging-4',
  'verstrekking',
  'informeren-achteraf',
  'doorverwezen',
  'niet-gedeeld',
  'gedeeld-met-toestemming',
  'gedeeld-zonder-toestemming',
  'ingetrokken',
]);
export type DeelverzoekStatusId = z.infer<typeof DeelverzoekStatusId>;

/** The status as lists and the file name it; the closing dossieraantekening is this label. */
export const statusLabel: Record<DeelverzoekStatusId, string> = {
  'afweging-1': 'Afweging 1: hoort de vraag bij mij?',
  'afweging-2': 'Afweging 2: doel, gegevens en grondslag',
  'afweging-3': 'Afweging 3: nodig, evenredig, geen lichter middel',
  toestemming: 'Toestemming vragen',
  'afweging-4': 'Afweging 4: delen zonder toestemming',
  verstrekking: 'Gegevens verstrekken',
  'informeren-achteraf': 'Cliënt achteraf informeren',
  doorverwezen: 'Afgesloten: doorverwezen',
  'niet-gedeeld': 'Afgesloten: niet gedeeld',
  'gedeeld-met-toestemming': 'Afgesloten: gedeeld met toestemming',
  'gedeeld-zonder-toestemming': 'Afgesloten: gedeeld zonder toestemming',
  ingetrokken: 'Afgesloten: ingetrokken',
};
