import { Body, Controller, Post } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

class NotifyDto {
  callbackUrl!: string;
  payload!: Record<string, unknown>;
}

@Controller('notify')
export class NotifyController {
  constructor(private readonly http: HttpService) {}

  @Post()
  async notify(@Body() body: NotifyDto) {
    const response = await firstValueFrom(this.http.post(body.callbackUrl, body.payload, { maxRedirects: 0 }));
    return { delivered: response.status === 200 };
  }
}
