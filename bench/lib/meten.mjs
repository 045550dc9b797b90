// Small shared helpers for the benchmarks: arguments, percentiles, writing a result file.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const resultatenMap = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');

/** `--naam waarde` from the command line, as a number when the default is one. */
export function arg(naam, standaard) {
  const i = process.argv.indexOf(`--${naam}`);
  if (i < 0) return standaard;
  const waarde = process.argv[i + 1];
  return typeof standaard === 'number' ? Number(waarde) : waarde;
}

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentiel(waarden, p) {
  if (waarden.length === 0) return null;
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  const rang = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1));
  return gesorteerd[rang];
}

export const rond = (x, decimalen = 2) =>
  x == null ? null : Math.round(x * 10 ** decimalen) / 10 ** decimalen;

/** Writes bench/results/<naam>.json with the moment of measuring and the machine it ran on. */
export async function schrijfResultaat(naam, inhoud) {
  const os = await import('node:os');
  mkdirSync(resultatenMap, { recursive: true });
  const uit = path.join(resultatenMap, `${naam}.json`);
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version };
  writeFileSync(
    uit,
    `${JSON.stringify({ gemeten: new Date().toISOString(), machine, ...inhoud }, null, 2)}\n`,
  );
  console.log(`Geschreven: ${uit}`);
  return uit;
}
