import 'server-only';
import { apiGet } from './api.server';
import type { BegrippenView } from './handleiding';

/** Glossary term per id, to label the links other pages make into the glossary. */
export async function begripTermen(): Promise<Record<string, string>> {
  const { items } = await apiGet<BegrippenView>('/handleiding/begrippen');
  return Object.fromEntries(items.map((b) => [b.id, b.term]));
}
