import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { problemen } from './problem';

/**
 * Control characters other than tab, line feed and carriage return: C0, DEL and C1. PostgreSQL
 * refuses NUL in text outright, and the others are never meant in a form field; refused here, such a
 * value never reaches a workflow whose write could then never succeed. (Names refuse tab and line
 * breaks too, in their schema.)
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const STUURTEKEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const BERICHT =
  'Dit veld bevat een onzichtbaar stuurteken (bijvoorbeeld een NUL-teken uit een kopieerslag) dat niet kan worden opgeslagen. Typ de tekst opnieuw of plak hem zonder opmaak.';

function zoek(waarde: unknown, pad: string[], gevonden: string[], diepte = 0): void {
  if (diepte > 32 || gevonden.length >= 20) return;
  if (typeof waarde === 'string') {
    if (STUURTEKEN.test(waarde)) gevonden.push(pad.join('.') || '(invoer)');
  } else if (Array.isArray(waarde)) {
    waarde.forEach((w, i) => void zoek(w, [...pad, String(i)], gevonden, diepte + 1));
  } else if (typeof waarde === 'object' && waarde !== null) {
    for (const [sleutel, w] of Object.entries(waarde)) {
      if (STUURTEKEN.test(sleutel)) gevonden.push([...pad, '(naam van een veld)'].join('.'));
      else zoek(w, [...pad, sleutel], gevonden, diepte + 1);
    }
  }
}

/** Global: runs on every body, query and route parameter before the route's own validation. */
@Injectable()
export class StuurtekensPipe implements PipeTransform {
  transform(waarde: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return waarde;
    const gevonden: string[] = [];
    zoek(waarde, metadata.data ? [metadata.data] : [], gevonden);
    if (gevonden.length === 0) return waarde;
    const velden = gevonden.map((p) => `‘${p}’`).join(', ');
    throw problemen.ongeldigeInvoer(
      gevonden.map((pad) => ({ pad, bericht: BERICHT })),
      `${gevonden.length === 1 ? 'Het veld' : 'De velden'} ${velden} ${gevonden.length === 1 ? 'bevat' : 'bevatten'} een teken dat niet is toegestaan. Er is niets opgeslagen.`,
    );
  }
}
