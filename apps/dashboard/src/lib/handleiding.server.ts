import 'server-only';
import { apiGet } from './api.server';

/** Glossary term per id, to label the links other pages make into the glossary. */
export async function begripTermen(): Promise<Record<string, string>> {
  const { items } = await apiGet('/handleiding/begrippen');
  return Object.fromEntries(items.map((b) => [b.id, b.term]));
}
