// pattern: @nestjs/axios HttpService with firstValueFrom, callback URL from @Body() limited to registered hosts
import { BadRequestException, Body, Controller, HttpCode, Injectable, Post } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { IsOptional, IsString } from 'class-validator';

const CALLBACK_HOSTS = new Set(['hooks.slack.com', 'hooks.zapier.com', 'outlook.office.com']);

class StartExportDto {
  @IsString()
  datasetId!: string;

  @IsOptional()
  @IsString()
  callbackUrl?: string;
}

@Injectable()
export class ExportNotifier {
  constructor(private readonly http: HttpService) {}

  async notify(callbackUrl: string, payload: Record<string, unknown>): Promise<number> {
    const target = new URL(callbackUrl);
    if (target.protocol !== 'https:' || !CALLBACK_HOSTS.has(target.hostname)) {
      throw new BadRequestException('callbackUrl host is not supported');
    }
    const response = await firstValueFrom(this.http.post(target.href, payload, { maxRedirects: 0, timeout: 5000 }));
    return response.status;
  }
}

@Controller('exports')
export class ExportsController {
  constructor(private readonly notifier: ExportNotifier) {}

  @Post()
  @HttpCode(202)
  async start(@Body() dto: StartExportDto) {
    const jobId = `exp_${Date.now().toString(36)}`;
    if (dto.callbackUrl) {
      await this.notifier.notify(dto.callbackUrl, { jobId, datasetId: dto.datasetId, state: 'queued' });
    }
    return { jobId };
  }
}
