// The parts benchmark 1 starts and owns: the product's API and worker processes (as many as asked),
// the bare worker, and what it reads of them (CPU time from /proc). Ports come from the caller.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, wachtOp } from '../../tests/load/lib/onderdelen';

export interface Proces {
  naam: string;
  proces: ChildProcess;
  /** What it printed, for an error message when it does not come up. */
  log: () => string;
  stop: () => Promise<void>;
}

export function start(
  naam: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  klaar: (log: string) => boolean | Promise<boolean>,
  seconden = 180,
): Promise<Proces> {
  let log = '';
  const proces = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const s of [proces.stdout, proces.stderr])
    s?.on('data', (d: Buffer) => {
      log = (log + d.toString()).slice(-20_000);
    });
  const stop = async () => {
    if (proces.exitCode !== null || proces.signalCode !== null) return;
    const weg = new Promise((r) => proces.once('exit', r));
    proces.kill('SIGTERM');
    await Promise.race([weg, new Promise((r) => setTimeout(r, 30_000))]);
    if (proces.exitCode === null && proces.signalCode === null) proces.kill('SIGKILL');
  };
  return wachtOp(
    naam,
    async () => {
      if (await klaar(log)) return true;
      if (proces.exitCode !== null) throw new Error(`${naam} stopte (${proces.exitCode}):\n${log}`);
      return false;
    },
    seconden,
  ).then(
    () => ({ naam, proces, log: () => log, stop }),
    // A process that did not come up in time is not left running.
    async (fout) => {
      await stop();
      throw fout;
    },
  );
}

/** CPU time (user + system) of a process so far, in milliseconds, from /proc (Linux). */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // Fields 14 and 15 (utime, stime) counted from after the command name; clock ticks of 10 ms.
    return (Number(velden[11]) + Number(velden[12])) * 10;
  } catch {
    return 0;
  }
}

/** All PostgreSQL processes under a postmaster: their CPU counts together. */
export function kinderen(pid: number): number[] {
  try {
    const lijst = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    return [pid, ...lijst.flatMap((p) => kinderen(Number(p)))];
  } catch {
    return [pid];
  }
}

export const node = (bestand: string) => path.join(root, bestand);

export const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const afgerond = (n: number, decimalen = 2) => Math.round(n * 10 ** decimalen) / 10 ** decimalen;
