import { afterEach, describe, expect, it, vi } from 'vitest';
import { readResponse } from './api.contract';

const deelverzoek = {
  id: '3b0e7a52-6a0e-4f5c-9d0c-2b7a1c5e8f01',
  client: { id: '3b0e7a52-6a0e-4f5c-9d0c-2b7a1c5e8f01', pseudoniem: 'CL-1001' },
  doel: 'Afstemmen van de hulp met de huisarts',
  ontvangers: [{ organisatie: 'Huisartsenpraktijk De Linde' }],
  status: 'afweging-1',
  statusLabel: 'Afweging 1: hoort de vraag bij mij?',
  afgesloten: false,
  aangemaaktDoor: { gebruikerId: 'eva-smit' },
  eigenaar: { gebruikerId: 'eva-smit', naam: 'Eva Smit' },
  aangemaaktOp: '2026-01-05T09:00:00.000Z',
  bijgewerktOp: '2026-01-05T09:00:00.000Z',
  contentVersie: '2025.1.0',
  beleidVersie: 'standaard-2025.1',
  volgnummer: 1,
  volgendeActie: null,
  volgendeActieOp: null,
  volgendeActieInWerkdagen: false,
};

describe('the dashboard reads what the API sends by the contract', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('passes an answer that matches its route and status', () => {
    expect(readResponse('GET', `/deelverzoeken/${deelverzoek.id}`, 200, deelverzoek)).toBe(deelverzoek);
    const problem = { type: 'about:blank', title: 'Niet gevonden', status: 404, detail: 'Bestaat niet.' };
    expect(readResponse('GET', '/deelverzoeken/x/proces', 404, problem)).toBe(problem);
    expect(readResponse('POST', '/notificaties/n-1/gelezen', 204, undefined)).toBeUndefined();
  });

  it('throws in development, naming the route and the field, when the API drifts', () => {
    expect(() =>
      readResponse('GET', `/deelverzoeken/${deelverzoek.id}?x=1`, 200, { ...deelverzoek, volgnummer: 'een' }),
    ).toThrow(/deelverzoekVinden \(200\) wijkt af van het contract: volgnummer/);
    expect(() => readResponse('GET', '/werkvoorraad', 500, { title: 'Interne fout' })).toThrow(
      /werkvoorraad/,
    );
    expect(() => readResponse('POST', '/clienten', 200, {})).toThrow(/status 200 staat niet in het contract/);
    expect(() => readResponse('GET', '/bestaat-niet', 200, {})).toThrow(/routeregister/);
  });

  it('trusts the API in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const kapot = { ...deelverzoek, volgnummer: 'een' };
    expect(readResponse('GET', `/deelverzoeken/${deelverzoek.id}`, 200, kapot)).toBe(kapot);
  });
});
