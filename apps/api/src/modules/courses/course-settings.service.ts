import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_OFFER_ACCEPT_HOURS } from '@common-ground/shared';
import { CourseSettingEntity } from './entities/course-setting.entity';

const SETTINGS_ID = 1;

/** The course programme's settings row: the hours a waiting-list offer stays open. */
@Injectable()
export class CourseSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Hours someone on the waiting list has to accept a freed place: the default until a lead
   * changes it. One statement, on the caller's transaction when it passes one.
   */
  async offerAcceptHours(m: EntityManager = this.dataSource.manager): Promise<number> {
    const row = await m.findOneBy(CourseSettingEntity, { id: SETTINGS_ID });
    return row?.offerAcceptHours ?? DEFAULT_OFFER_ACCEPT_HOURS;
  }

  /** Changes the offer window for offers made from now on (the resolver lets leads and admins only). */
  async setOfferAcceptHours(hours: number): Promise<number> {
    await this.dataSource.manager.upsert(CourseSettingEntity, { id: SETTINGS_ID, offerAcceptHours: hours }, ['id']);
    return hours;
  }
}
