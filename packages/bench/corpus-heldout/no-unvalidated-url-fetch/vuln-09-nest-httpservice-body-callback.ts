// pattern: @nestjs/axios HttpService with firstValueFrom, callback URL taken from @Body() (export job notification); flaw: line 21
import { Body, Controller, HttpCode, Injectable, Post } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { IsOptional, IsString } from 'class-validator';

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
    const response = await firstValueFrom(this.http.post(callbackUrl, payload, { maxRedirects: 0, timeout: 5000 }));
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
