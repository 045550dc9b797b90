import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// infra/Dockerfile is never built here (no Docker engine); what can be checked is that it fits the chart.
const root = path.resolve(__dirname, '..', '..');
const dockerfile = readFileSync(path.join(root, 'infra/Dockerfile'), 'utf8');
const waarden = parse(readFileSync(path.join(root, 'infra/helm/deelwijs/values.yaml'), 'utf8'));
const laatsteFase = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

describe('infra/Dockerfile past bij de Helm-chart', () => {
  it('zegt bovenaan dat het hier niet gebouwd is', () => {
    expect(dockerfile.split('\n')[0]).toMatch(/^# NIET GEBOUWD HIER/);
  });

  it('zet de build in de werkmap van de chart en draait als de gebruiker van podSecurityContext', () => {
    expect(/^WORKDIR (\S+)$/m.exec(laatsteFase)?.[1]).toBe(waarden.image.workdir);
    const { runAsUser, runAsGroup } = waarden.podSecurityContext;
    expect(/^USER (\S+)$/m.exec(laatsteFase)?.[1]).toBe(`${runAsUser}:${runAsGroup}`);
  });

  it('gebruikt de Node-versie die package.json toestaat', () => {
    const engines = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
    for (const [, major] of dockerfile.matchAll(/^FROM node:(\d+)-/gm))
      expect(engines).toContain(`>=${major}.`);
  });

  it('bouwt elk bestand dat een commando van de chart start', () => {
    const onderdelen = ['api', 'worker', 'dashboard', 'migraties'] as const;
    for (const naam of onderdelen) {
      const [programma, bestand] = waarden[naam].command as string[];
      expect(programma, naam).toBe('node');
      // The build of this checkout made it (infra/test.sh builds before the tests run).
      expect(existsSync(path.join(root, bestand!)), `${naam}: ${bestand}`).toBe(true);
    }
  });
});
