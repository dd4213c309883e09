import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { notFound } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { OutboxMessageEntity } from './entities/outbox-message.entity';

/** Reads the outbox for admins, newest first, a page at a time. */
@Injectable()
export class OutboxService {
  constructor(@InjectRepository(OutboxMessageEntity) private readonly outbox: Repository<OutboxMessageEntity>) {}

  /** One page of messages (keyset on created_at, id). */
  async list(first: number, after?: string | null): Promise<Page<OutboxMessageEntity>> {
    const cursor = decodeCursor(after, 2);
    const qb = this.outbox.createQueryBuilder('m').orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC');
    const totalCount = await this.outbox.count();
    if (cursor) {
      qb.where('(m.created_at, m.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    }
    const rows = await qb.take(first + 1).getMany();
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (m) => encodeCursor([m.createdAt.toISOString(), m.id]),
    };
  }

  /** One message, or NOT_FOUND. */
  async get(id: string): Promise<OutboxMessageEntity> {
    const row = isUuid(id) ? await this.outbox.findOneBy({ id }) : null;
    if (!row) throw notFound('That message');
    return row;
  }
}
