import { z } from 'zod';
import { Tekst } from '../bronnen/bron.schema';

/** A label for every value of an enum and for nothing else: screens show these, never a raw id. */
export const LabelTabel = <T extends z.ZodEnum>(ids: T) => z.record(ids, Tekst);
