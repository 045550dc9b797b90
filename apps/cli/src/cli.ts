import { advies, adviesJsonSchema, Situatie } from '@deelwijs/domain';
import { z } from 'zod';

// Messages zod writes itself (wrong type, unknown option) in Dutch too.
z.config(z.locales.nl());

export interface Uitkomst {
  code: number;
  stdout: string;
  stderr: string;
}

const GEBRUIK = [
  'Gebruik:',
  '  deelwijs advies < situatie.json     geeft het advies voor een situatie (JSON)',
  '  deelwijs schema                     toont het JSON Schema van invoer en uitvoer',
  '  deelwijs dossiercontrole            rekent de hashketens van het dossier na (DATABASE_URL, DEELWIJS_DOSSIER_SLEUTEL, DEELWIJS_VERWERKINGSLOG_SLEUTEL)',
].join('\n');

const json = (waarde: unknown) => `${JSON.stringify(waarde, null, 2)}\n`;
const fout = (regels: string[]): Uitkomst => ({ code: 1, stdout: '', stderr: `${regels.join('\n')}\n` });

function adviesVoor(invoer: string): Uitkomst {
  let ruw: unknown;
  try {
    ruw = JSON.parse(invoer);
  } catch (e) {
    return fout([`De invoer is geen geldige JSON: ${(e as Error).message}`]);
  }
  const situatie = Situatie.safeParse(ruw);
  if (!situatie.success) {
    return fout([
      'De situatie klopt niet:',
      ...situatie.error.issues.map(
        (i) => `- ${i.path.length > 0 ? i.path.join('.') : '(geheel)'}: ${i.message}`,
      ),
    ]);
  }
  return { code: 0, stdout: json(advies(situatie.data)), stderr: '' };
}

/** The CLI without its I/O: arguments and stdin in, exit code and output back. */
export function voerUit(args: readonly string[], invoer: string): Uitkomst {
  switch (args[0]) {
    case 'advies':
      return adviesVoor(invoer);
    case 'schema':
      return { code: 0, stdout: json(adviesJsonSchema), stderr: '' };
    default:
      return fout([args[0] ? `Onbekende opdracht: ${args[0]}` : 'Geef een opdracht.', GEBRUIK]);
  }
}
