import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../../common/context/request-context';
import { forbidden } from '../../../common/errors/domain-error';
import { hasRole } from '../../../common/auth/actor';
import { AuditLogService } from './audit-log.service';
import { ModerationSettingEntity } from './entities/moderation-setting.entity';
import { MODERATION_DEFAULTS } from './moderation.constants';

/** The settings moderation runs on. */
export interface ModerationSettings {
  flagThreshold: number;
  holdFirstPosts: number;
}

/** Reads the forum's moderation settings (defaults until an admin changes them) and changes them. */
@Injectable()
export class ModerationSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /** The settings in force (one statement). */
  async get(m: EntityManager = this.dataSource.manager): Promise<ModerationSettings> {
    const row = await m.findOneBy(ModerationSettingEntity, { id: 1 });
    return row ? { flagThreshold: row.flagThreshold, holdFirstPosts: row.holdFirstPosts } : { ...MODERATION_DEFAULTS };
  }

  /** Changes the settings and records it in the audit log. FORBIDDEN for anyone but admins. */
  async update(ctx: RequestContext, settings: ModerationSettings, reason: string): Promise<ModerationSettings> {
    if (!ctx.actor || !hasRole(ctx.actor, 'ADMIN')) throw forbidden('Only administrators can change these settings.');
    const actorId = ctx.actor.id;
    await this.dataSource.transaction(async (m) => {
      await m.upsert(ModerationSettingEntity, { id: 1, ...settings }, ['id']);
      await this.audit.record(m, {
        actorId,
        action: 'CHANGE_SETTINGS',
        reason,
        detail: `Hide at ${settings.flagThreshold} flags; hold first ${settings.holdFirstPosts} posts`,
      });
    });
    return settings;
  }
}
