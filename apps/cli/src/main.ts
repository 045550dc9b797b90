#!/usr/bin/env node
import { voerUit } from './cli';
import { dossiercontrole } from './dossiercontrole';

/** Reads all of stdin; an interactive terminal gives no input rather than waiting forever. */
async function leesInvoer(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const delen: Buffer[] = [];
  for await (const deel of process.stdin) delen.push(deel as Buffer);
  return Buffer.concat(delen).toString('utf8');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const invoer = args[0] === 'advies' ? await leesInvoer() : '';
  const { code, stdout, stderr } =
    args[0] === 'dossiercontrole' ? await dossiercontrole(process.env) : voerUit(args, invoer);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}

void main();
