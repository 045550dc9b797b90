import { z } from 'zod';

/** In which capacity a person may act for the client (WGBO 7:465, Jeugdwet); stored, so never renamed. */
export const VertegenwoordigerRolId = z.enum([
  'ouder-met-gezag',
  'voogd',
  'curator',
  'mentor',
  'schriftelijk-gemachtigde',
  'partner',
  'ouder',
  'kind',
  'broer-zus',
]);
export type VertegenwoordigerRolId = z.infer<typeof VertegenwoordigerRolId>;

/** Read after a name or inside a sentence of the file ("… (voogd)"), so lower case. */
export const vertegenwoordigerRolLabel: Record<VertegenwoordigerRolId, string> = {
  'ouder-met-gezag': 'ouder met gezag',
  voogd: 'voogd',
  curator: 'curator',
  mentor: 'mentor',
  'schriftelijk-gemachtigde': 'schriftelijk gemachtigde',
  partner: 'echtgenoot, geregistreerd partner of levensgezel',
  ouder: 'ouder',
  kind: 'kind',
  'broer-zus': 'broer of zus',
};
