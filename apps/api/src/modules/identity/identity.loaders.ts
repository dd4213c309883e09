import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { In, Repository } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { OrganisationEntity } from './entities/organisation.entity';
import { PersonEntity } from './entities/person.entity';

/** The batched look-ups of one request. */
export interface IdentityLoaders {
  organisation: DataLoader<string, OrganisationEntity | null>;
  person: DataLoader<string, PersonEntity | null>;
  peopleCount: DataLoader<string, number>;
}

/**
 * One set of DataLoaders per request (kept in a WeakMap on the request, so it goes
 * when the request does): whatever the page size, a list costs one statement per kind
 * of related row, never one per item.
 */
@Injectable()
export class IdentityLoaderFactory {
  private readonly perRequest = new WeakMap<Request, IdentityLoaders>();

  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
  ) {}

  /** The loaders of this request, created on first use. */
  for(ctx: RequestContext): IdentityLoaders {
    let loaders = this.perRequest.get(ctx.req);
    if (!loaders) {
      loaders = this.create();
      this.perRequest.set(ctx.req, loaders);
    }
    return loaders;
  }

  private create(): IdentityLoaders {
    return {
      organisation: new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.organisations.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      person: new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.people.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      peopleCount: new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.people
          .createQueryBuilder('p')
          .select('p.organisation_id', 'organisationId')
          .addSelect('count(*)::int', 'count')
          .where('p.organisation_id = any(:ids::uuid[])', { ids: [...ids] })
          .andWhere('p.deactivated_at is null')
          .groupBy('p.organisation_id')
          .getRawMany<{ organisationId: string; count: number }>();
        const byId = new Map(rows.map((r) => [r.organisationId, Number(r.count)]));
        return ids.map((id) => byId.get(id) ?? 0);
      }),
    };
  }
}
