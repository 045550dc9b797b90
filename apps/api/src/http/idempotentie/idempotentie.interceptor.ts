import { createHash } from 'node:crypto';
import { dagenIn, standaardBewaarbeleid } from '@deelwijs/content';
import { type DbHandle, type IdempotentieRij, idempotentieQueries } from '@deelwijs/db';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { catchError, from, type Observable, of, switchMap } from 'rxjs';
import { DB } from '../../infra/db.provider';
import { routeOf } from '../contract';
import { type ProblemDetails, ProblemException } from '../problem';
import { naarProblem } from '../problem.filter';
import { leesSleutel, type RequestMetSleutel } from './idempotent';

/**
 * A claim older than this (longer than a request may take: its Temporal deadline is 25 s) belongs to
 * a request whose process died; a retry may take it over.
 */
const CLAIM_GELDIG_MS = 30_000;
/**
 * Keys are kept as long as the retention policy says (a day): long enough for any client's retries,
 * short enough that the answers in them, which may hold client data, do not linger.
 */
const BEWAAR_MS = dagenIn(standaardBewaarbeleid.termijnen.idempotentie.termijn) * 86_400_000;

type Beslissing = { soort: 'uitvoeren' } | { soort: 'herhaal'; rij: IdempotentieRij };

/**
 * Exactly-once POSTs: with an Idempotency-Key, a repeat returns the first answer (status, body,
 * Location) and changes nothing; a concurrent duplicate is told to retry shortly; the same key on a
 * different request is refused. Checked after login (keys are per user) and before anything else.
 */
@Injectable()
export class IdempotentieInterceptor implements NestInterceptor, OnModuleDestroy {
  private readonly opruimen = setInterval(() => void this.ruimOp(), 3_600_000).unref();

  constructor(
    private readonly reflector: Reflector,
    @Inject(DB) private readonly db: DbHandle,
  ) {}

  onModuleDestroy(): void {
    clearInterval(this.opruimen);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!routeOf(this.reflector, context)?.idempotent) return next.handle();
    const request = context.switchToHttp().getRequest<RequestMetSleutel>();
    const response = context.switchToHttp().getResponse<Response>();
    const sleutel = leesSleutel(request);
    const gebruikerId = request.gebruiker?.id;
    if (!sleutel || !gebruikerId) return next.handle();
    request.idempotentieSleutel = sleutel;
    const hash = createHash('sha256')
      .update(JSON.stringify([request.method, request.path, request.body ?? null]))
      .digest('hex');
    const q = idempotentieQueries(this.db.db);

    return from(this.beslis(gebruikerId, sleutel, hash)).pipe(
      switchMap((beslissing) => {
        if (beslissing.soort === 'herhaal') return of(herhaal(beslissing.rij, response));
        return next.handle().pipe(
          switchMap(async (body) => {
            const locatie = response.getHeader('location');
            await q.legVast(
              gebruikerId,
              sleutel,
              { status: response.statusCode, body, locatie: typeof locatie === 'string' ? locatie : null },
              new Date().toISOString(),
            );
            return body;
          }),
          catchError(async (error: unknown) => {
            const problem = naarProblem(error);
            // A definite answer (the rules refused, a stale state, bad input) is the answer for this
            // key; a passing failure (5xx) frees it, so the retry runs again.
            if (problem.status < 500 && problem.status !== 429)
              await q.legVast(
                gebruikerId,
                sleutel,
                { status: problem.status, body: problem, locatie: null },
                new Date().toISOString(),
              );
            else await q.geefVrij(gebruikerId, sleutel).catch(() => undefined);
            throw error;
          }),
        );
      }),
    );
  }

  private async beslis(gebruikerId: string, sleutel: string, hash: string): Promise<Beslissing> {
    const q = idempotentieQueries(this.db.db);
    for (let poging = 0; poging < 3; poging++) {
      const nu = new Date().toISOString();
      if (await q.claim(gebruikerId, sleutel, hash, nu)) return { soort: 'uitvoeren' };
      const rij = await q.vind(gebruikerId, sleutel);
      if (!rij) continue; // freed in between: claim again
      if (rij.verzoekHash !== hash) throw sleutelHergebruikt();
      if (rij.status !== null) return { soort: 'herhaal', rij };
      if (Date.now() - Date.parse(rij.geclaimdOp) < CLAIM_GELDIG_MS) throw nogBezig();
      if (await q.neemOver(rij, nu)) return { soort: 'uitvoeren' };
    }
    throw nogBezig();
  }

  private async ruimOp(): Promise<void> {
    await idempotentieQueries(this.db.db)
      .ruimOp(new Date(Date.now() - BEWAAR_MS).toISOString())
      .catch(() => undefined);
  }
}

/** The first answer again: a stored problem is thrown, so it leaves exactly as it did the first time. */
function herhaal(rij: IdempotentieRij, response: Response): unknown {
  response.setHeader('idempotent-replayed', 'true');
  if (rij.status! >= 400) throw new ProblemException(rij.antwoord as ProblemDetails);
  response.status(rij.status!);
  if (rij.locatie) response.location(rij.locatie);
  return rij.antwoord;
}

const sleutelHergebruikt = () =>
  new ProblemException({
    type: 'https://deelwijs.nl/problemen/idempotency-key-hergebruikt',
    title: 'Idempotency-Key al gebruikt',
    status: 422,
    detail:
      'Deze Idempotency-Key hoort bij een ander verzoek. Gebruik voor elk nieuw verzoek een nieuwe sleutel.',
  });

const nogBezig = () =>
  new ProblemException(
    {
      type: 'https://deelwijs.nl/problemen/verzoek-in-behandeling',
      title: 'Verzoek nog in behandeling',
      status: 409,
      detail: 'Hetzelfde verzoek wordt op dit moment al verwerkt. Probeer het over enkele seconden opnieuw.',
    },
    { retryNa: 2 },
  );
