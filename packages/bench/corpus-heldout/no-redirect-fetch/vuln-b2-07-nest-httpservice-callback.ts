// pattern: NestJS service calling a client-supplied callback URL with @nestjs/axios HttpService + firstValueFrom (NestJS docs "HTTP module"); flaw at line 21
import { Body, Controller, Injectable, Post } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { IsString, IsUrl } from 'class-validator';

export class ExportRequestDto {
  @IsString()
  reportId!: string;

  @IsUrl()
  callbackUrl!: string;
}

@Injectable()
export class ExportService {
  constructor(private readonly http: HttpService) {}

  async notify(callbackUrl: string, reportId: string) {
    const { status } = await firstValueFrom(
      this.http.post(callbackUrl, { reportId, state: 'ready' }, { timeout: 5000 }),
    );
    return status;
  }
}

@Controller('exports')
export class ExportController {
  constructor(private readonly exportsService: ExportService) {}

  @Post()
  async create(@Body() dto: ExportRequestDto) {
    const status = await this.exportsService.notify(dto.callbackUrl, dto.reportId);
    return { reportId: dto.reportId, callbackStatus: status };
  }
}
