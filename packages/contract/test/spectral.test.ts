import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/openapi';

const run = promisify(execFile);
const RULESET = path.join(__dirname, '..', 'spectral', 'adr.yaml');
const SPECTRAL = path.join(__dirname, '..', 'node_modules', '.bin', 'spectral');
const map = mkdtempSync(path.join(tmpdir(), 'deelwijs-spectral-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

interface Bevinding {
  code: string;
  severity: 0 | 1 | 2 | 3; // error, warn, info, hint
  path: string[];
  message: string;
}

/** Spectral's own CLI on a document, as CI would run it; its JSON report. */
async function lint(naam: string, document: unknown): Promise<Bevinding[]> {
  const bestand = path.join(map, `${naam}.json`);
  writeFileSync(bestand, JSON.stringify(document));
  // --fail-severity=hint never fails the process for findings, so only a crash rejects.
  const { stdout } = await run(
    SPECTRAL,
    ['lint', '-r', RULESET, bestand, '-f', 'json', '--fail-severity', 'hint', '--quiet'],
    { maxBuffer: 32 * 1024 * 1024 },
  ).catch((fout: { stdout?: string; code?: number }) => {
    if (fout.code === 1 && fout.stdout) return { stdout: fout.stdout };
    throw fout;
  });
  return JSON.parse(stdout || '[]');
}

const regels = [...readFileSync(RULESET, 'utf8').matchAll(/^ {2}(adr:[a-z0-9-]+):$/gm)].map((m) => m[1]!);

describe('Dutch API Design Rules (our Spectral ruleset) on the generated document', () => {
  it('finds no errors; the warnings are the known, documented deviations', async () => {
    const bevindingen = await lint('deelwijs', openApiDocument());
    expect(
      bevindingen.filter((b) => b.severity === 0).map((b) => `${b.code} ${b.path.join('.')}: ${b.message}`),
    ).toEqual([]);
    expect(
      bevindingen
        .filter((b) => b.severity === 1)
        .map((b) => `${b.code} ${b.path.join('.')}`)
        .sort(),
    ).toEqual([
      'adr:path-segments-no-file-extension paths./clienten/{id}/inzage-export.pdf',
      'adr:path-segments-no-file-extension paths./deelverzoeken/{id}/brief-informeren-achteraf.pdf',
      'adr:path-segments-no-file-extension paths./deelverzoeken/{id}/verantwoording.pdf',
      'adr:path-segments-no-file-extension paths./docs/init.js',
      'adr:path-segments-no-file-extension paths./schemas/inzage-export.json',
    ]);
  });

  it('has rules that fire: a document breaking each rule gets an error or warning from each', async () => {
    const probleem = { $ref: '#/components/schemas/P' };
    const slecht = {
      openapi: '2.0.1',
      info: { title: 'Slecht', version: '1.0', contact: { name: 'Iemand' } },
      servers: [{ url: 'http://voorbeeld.nl/api/v1.2' }],
      paths: {
        '/Gebouwen/': {
          get: {
            operationId: 'lijst',
            parameters: [{ name: 'type-gebouw', in: 'query', schema: { type: 'string' } }],
            responses: {
              200: {
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      properties: {
                        bouwdatum: { type: 'string', format: 'date-time' },
                        gewijzigdOp: { type: 'string' },
                        begintijd: { type: 'string', format: 'time' },
                      },
                    },
                  },
                },
              },
              404: { description: 'Niet gevonden', content: { 'application/json': { schema: probleem } } },
            },
          },
          head: { operationId: 'kop', responses: { 200: { description: 'Kop' } } },
        },
        '/clienten': {
          post: {
            operationId: 'zoek',
            parameters: [{ name: 'zoek', in: 'query', schema: { type: 'string' } }],
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: {
              201: { description: 'Gemaakt', headers: { 'API-Version': { schema: { type: 'string' } } } },
              500: {
                description: 'Fout',
                headers: { 'API-Version': { schema: { type: 'string' } } },
                content: { 'application/problem+json': { schema: probleem } },
              },
            },
          },
        },
        '/verslag.pdf': { get: { operationId: 'pdf', responses: { 200: { description: 'PDF' } } } },
      },
      components: {
        schemas: { P: { type: 'object', required: ['title'], properties: { title: { type: 'string' } } } },
      },
    };
    const gevonden = new Set((await lint('slecht', slecht)).map((b) => b.code));
    expect(regels.length).toBeGreaterThan(15);
    expect(regels.filter((r) => !gevonden.has(r))).toEqual([]);
  });
});
