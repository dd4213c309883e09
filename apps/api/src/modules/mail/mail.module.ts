import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { MailerService } from './mailer.service';
import { OutboxResolver } from './outbox.resolver';
import { OutboxService } from './outbox.service';

/** Email delivery through SMTP or the outbox, and the admin's view of the outbox. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
  providers: [MailerService, OutboxService, OutboxResolver],
  exports: [MailerService],
})
export class MailModule {}
