import {
  expressPath,
  type RouteId,
  type RouteSpec,
  type Routes,
  type SuccessBody,
  successStatus,
} from '@deelwijs/contract';
import {
  applyDecorators,
  Body,
  type ExecutionContext,
  HttpCode,
  Param,
  Query,
  RequestMapping,
  RequestMethod,
  SetMetadata,
} from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { z } from 'zod';
import { ZodPipe } from './zod.pipe';

const ROUTE = 'deelwijs:route';

/**
 * Registers a handler for a route of the contract's registry: method, path and success status come
 * from there, and the guard and the idempotency interceptor read the route back by its handler.
 */
export const Endpoint = (spec: RouteSpec) =>
  applyDecorators(
    RequestMapping({ path: expressPath(spec.path), method: RequestMethod[spec.method] }),
    SetMetadata(ROUTE, spec),
    HttpCode(successStatus(spec)),
  );

/** The registry entry of the handler this request reached; undefined for a handler without @Endpoint. */
export const routeOf = (reflector: Reflector, context: ExecutionContext): RouteSpec | undefined =>
  reflector.get<RouteSpec | undefined>(ROUTE, context.getHandler());

// The body, query and path parameters, validated with the route's own schemas.
export const ContractBody = (spec: { request: { body: z.ZodType } }) => Body(new ZodPipe(spec.request.body));
export const ContractQuery = (spec: { request: { query: z.ZodType } }) =>
  Query(new ZodPipe(spec.request.query));
export const ContractParams = (spec: { request: { params: z.ZodType } }) =>
  Param(new ZodPipe(spec.request.params));

/** What a handler of this route returns, so the compiler holds it to the contract's response schemas. */
export type Reply<K extends RouteId> = Promise<SuccessBody<Routes[K]>>;
