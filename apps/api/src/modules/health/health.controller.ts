import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/decorators';
import { RedisHealth } from './redis-health';

type Check = { status: 'up' | 'down'; error?: string };

/** Liveness and readiness for load balancers: the database, and Redis when configured. */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisHealth,
  ) {}

  @Public()
  @Get()
  @HttpCode(HttpStatus.OK)
  async health(@Res({ passthrough: true }) res: Response) {
    const database = await this.check(async () => {
      await this.dataSource.query('select 1');
    });
    const checks: Record<string, Check> = { database };
    if (this.redis.configured) checks.redis = await this.check(() => this.redis.ping());
    const ok = Object.values(checks).every((c) => c.status === 'up');
    if (!ok) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'error', checks };
  }

  private async check(run: () => Promise<void>): Promise<Check> {
    try {
      await run();
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', error: error instanceof Error ? error.message : 'unknown error' };
    }
  }
}
