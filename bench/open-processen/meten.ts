// What benchmark 4 reads while it runs: a process's resident memory from /proc, and Temporal core's
// Prometheus metrics from the worker (WORKER_PROMETHEUS_ADRES).
import { readFileSync } from 'node:fs';

/** Resident memory of a process in MiB (VmRSS), or null when it is gone. */
export function rssMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const regel = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return regel ? Math.round(Number(regel[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/**
 * The worker's metrics, each family summed over its labels (histograms as _sum and _count). Only
 * Temporal's own families: sticky cache, workflow and activity tasks, slots.
 */
export async function leesMetrieken(url: string): Promise<Record<string, number>> {
  // A worker that stopped has nothing left to read: an empty reading, not a failed run.
  const tekst = await fetch(url).then(
    (r) => (r.ok ? r.text() : ''),
    () => '',
  );
  const som: Record<string, number> = {};
  for (const regel of tekst.split('\n')) {
    if (!regel.startsWith('temporal_') || regel.includes('_bucket')) continue;
    const m = /^([a-z_]+)(?:\{[^}]*\})?\s+([0-9.eE+-]+|NaN)$/.exec(regel.trim());
    if (!m || m[2] === 'NaN') continue;
    som[m[1]!] = (som[m[1]!] ?? 0) + Number(m[2]);
  }
  return som;
}

/** What changed between two readings of the counters (gauges keep their last value). */
export function verschil(voor: Record<string, number>, na: Record<string, number>): Record<string, number> {
  const meters = ['_size', '_slots_available', '_slots_used'];
  return Object.fromEntries(
    Object.entries(na).map(([naam, waarde]) => [
      naam,
      meters.some((m) => naam.endsWith(m)) ? waarde : Math.round((waarde - (voor[naam] ?? 0)) * 1000) / 1000,
    ]),
  );
}
