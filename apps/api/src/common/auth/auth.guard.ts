import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, unauthenticated } from '../errors/domain-error';
import type { RequestContext } from '../context/request-context';
import { decideAccess } from './access';
import type { Actor } from './actor';
import { declaredAccess } from './decorators';

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
    const { actor, isField } = this.request(context);
    const decision = decideAccess(access, actor, isField);
    if (decision === 'UNAUTHENTICATED') throw unauthenticated();
    if (decision === 'FORBIDDEN') throw forbidden();
    return true;
  }

  private request(context: ExecutionContext): { actor: Actor | null; isField: boolean } {
    if (context.getType<string>() !== 'graphql') {
      return { actor: context.switchToHttp().getRequest<Request>().actor ?? null, isField: false };
    }
    const gql = GqlExecutionContext.create(context);
    const { parentType, schema } = gql.getInfo<GraphQLResolveInfo>();
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    return { actor: gql.getContext<{ ctx: RequestContext }>().ctx.actor, isField: !roots.includes(parentType) };
  }

  private reportUndeclared(context: ExecutionContext): void {
    const name = `${context.getClass().name}.${context.getHandler().name}`;
    if (this.reported.has(name)) return;
    this.reported.add(name);
    this.logger.error(`${name} declares no access (@Public, @SignedIn, @Roles or @SameAsParent), so it is refused.`);
  }
}
