import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { NotificationSettingsService } from './notification-settings.service';

/** Where the digest's unsubscribe page lives in the web app. */
export const UNSUBSCRIBE_PAGE = '/email-digest/unsubscribe';

/**
 * The digest's unsubscribe link (List-Unsubscribe). POST unsubscribes at once, as mail
 * clients' one-click unsubscribe does (RFC 8058); GET never changes anything (link
 * scanners follow links): it sends the reader to a page that asks them to confirm.
 */
@Controller('api/notifications/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Public()
  @Get()
  confirm(@Query('token') token: string | undefined, @Res() res: Response): void {
    res.redirect(303, `${UNSUBSCRIBE_PAGE}?token=${encodeURIComponent(token ?? '')}`);
  }

  @Public()
  @Post()
  @HttpCode(200)
  async unsubscribe(@Query('token') token: string | undefined): Promise<{ unsubscribed: true }> {
    await this.settings.unsubscribe(typeof token === 'string' ? token : '');
    return { unsubscribed: true };
  }
}
