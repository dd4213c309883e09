import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, unauthenticated } from '../errors/domain-error';
import type { RequestContext } from '../context/request-context';
import { decideAccess } from './access';
import type { Actor } from './actor';
import { declaredAccess } from './decorators';

/** Whether GraphQL is resolving a field of an object rather than an operation (a root field). */
function isFieldResolver({ parentType, schema }: GraphQLResolveInfo): boolean {
  return (
    parentType !== schema.getQueryType() &&
    parentType !== schema.getMutationType() &&
    parentType !== schema.getSubscriptionType()
  );
}

/**
 * The global default-deny guard over every query, mutation, field resolver and REST
 * route. Each must declare `@Public()`, `@SignedIn()`, `@Roles()` or (field resolvers)
 * `@SameAsParent()`; one that declares nothing is refused with FORBIDDEN and logged once
 * as an error, so a forgotten decorator closes the door instead of opening it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);
  private readonly reported = new Set<string>();

  canActivate(context: ExecutionContext): boolean {
    const access = declaredAccess(context.getHandler(), context.getClass());
    if (!access) this.reportUndeclared(context);
    const isGraphql = context.getType<string>() === 'graphql';
    // Runs for every field resolver of every row (hundreds per page), so it reads GraphQL's
    // resolver arguments directly rather than building a GqlExecutionContext each time.
    const isField = isGraphql && isFieldResolver(context.getArgByIndex<GraphQLResolveInfo>(3));
    const decision = decideAccess(access, this.actor(context, isGraphql), isField);
    if (decision === 'UNAUTHENTICATED') throw unauthenticated();
    if (decision === 'FORBIDDEN') throw forbidden();
    return true;
  }

  private actor(context: ExecutionContext, isGraphql: boolean): Actor | null {
    if (!isGraphql) return context.switchToHttp().getRequest<Request>().actor ?? null;
    return context.getArgByIndex<{ ctx: RequestContext }>(2).ctx.actor;
  }

  private reportUndeclared(context: ExecutionContext): void {
    const name = `${context.getClass().name}.${context.getHandler().name}`;
    if (this.reported.has(name)) return;
    this.reported.add(name);
    this.logger.error(`${name} declares no access (@Public, @SignedIn, @Roles or @SameAsParent), so it is refused.`);
  }
}
