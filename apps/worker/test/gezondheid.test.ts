import type { AddressInfo } from 'node:net';
import type { State } from '@temporalio/worker';
import { afterAll, describe, expect, it } from 'vitest';
import { startGezondheid } from '../dist/gezondheid';

describe('the worker health server for Kubernetes probes', () => {
  let staat: State = 'INITIALIZED';
  const server = startGezondheid(0, () => staat);
  afterAll(async () => (await server).close());
  const vraag = async (pad: string, method = 'GET') => {
    const { port } = (await server).address() as AddressInfo;
    const r = await fetch(`http://127.0.0.1:${port}${pad}`, { method });
    return { status: r.status, body: await r.json() };
  };

  it.each<[State, number, number]>([
    ['INITIALIZED', 200, 503],
    ['RUNNING', 200, 200],
    ['DRAINING', 200, 503],
    ['STOPPING', 200, 503],
    ['FAILED', 503, 503],
    ['STOPPED', 503, 503],
  ])('%s: alive %i, ready %i', async (nu, gezond, gereed) => {
    staat = nu;
    expect(await vraag('/gezond')).toEqual({ status: gezond, body: expect.objectContaining({ worker: nu }) });
    expect((await vraag('/gereed')).status).toBe(gereed);
  });

  it('answers nothing else', async () => {
    expect((await vraag('/')).status).toBe(404);
    expect((await vraag('/gezond', 'POST')).status).toBe(404);
  });
});
