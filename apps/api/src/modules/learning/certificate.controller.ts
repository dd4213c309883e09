import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SignedIn } from '../../common/auth/decorators';
import { requestContext } from '../../common/context/request-context';
import { CertificatesService } from './certificates.service';

/** GET /api/certificates/:code.pdf: the tagged PDF, for its owner or an admin (signed in). */
@Controller('api/certificates')
export class CertificateController {
  constructor(private readonly certificates: CertificatesService) {}

  @SignedIn()
  @Get(':code.pdf')
  async download(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { code: canonical, bytes } = await this.certificates.pdf(requestContext(req, res), code);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="certificate-${canonical}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(bytes);
  }
}
