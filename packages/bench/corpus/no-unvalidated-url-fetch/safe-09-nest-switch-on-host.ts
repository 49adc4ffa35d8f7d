import { BadRequestException, Body, Controller, Post } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Controller('notify')
export class NotifyController {
  constructor(private readonly http: HttpService) {}

  @Post()
  async notify(@Body('callbackUrl') callbackUrl: string) {
    switch (new URL(callbackUrl).hostname) {
      case 'hooks.slack.com':
      case 'discord.com':
        break;
      default:
        throw new BadRequestException('unsupported callback host');
    }
    const response = await firstValueFrom(this.http.post(callbackUrl, { ok: true }, { maxRedirects: 0 }));
    return { delivered: response.status === 200 };
  }
}
