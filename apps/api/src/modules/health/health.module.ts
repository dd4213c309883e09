import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { RedisHealth } from './redis-health';

/** GET /health for load balancers and for `npm start` to know the app is ready. */
@Module({ controllers: [HealthController], providers: [RedisHealth] })
export class HealthModule {}
