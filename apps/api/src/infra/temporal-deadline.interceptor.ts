import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Observable, type Subscription } from 'rxjs';
import { TEMPORAL_CLIENT, type TemporalHandle } from './temporal.provider';

/**
 * One deadline for all Temporal calls of a request. The client repeats an Update call until the
 * worker accepts it, so a per-call deadline alone would wait forever while the worker is down; with
 * one absolute deadline the request answers 503 (DEADLINE_EXCEEDED) in bounded time instead.
 */
@Injectable()
export class TemporalDeadlineInterceptor implements NestInterceptor {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly temporal: TemporalHandle) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const deadline = Date.now() + this.temporal.deadlineMs;
    return new Observable((subscriber) => {
      let subscription: Subscription | undefined;
      // withDeadline runs its function at once, inside the async context that carries the deadline;
      // the handler and every promise it starts inherit it.
      void this.temporal.connection.withDeadline(deadline, async () => {
        subscription = next.handle().subscribe(subscriber);
      });
      return () => subscription?.unsubscribe();
    });
  }
}
