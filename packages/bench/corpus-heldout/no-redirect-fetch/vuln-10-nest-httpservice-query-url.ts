// pattern: @nestjs/axios HttpService with firstValueFrom (yasmineamr/weather-forcast-app axios.service.ts) behind a @Query('url') controller; flaw: line 22
import { BadRequestException, Controller, Get, Injectable, Query } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

const TRUSTED_SPEC_HOSTS = new Set(['petstore3.swagger.io', 'api.apis.guru', 'raw.githubusercontent.com']);

@Injectable()
export class SpecFetcherService {
  constructor(private readonly httpService: HttpService) {}

  async load(specUrl: string): Promise<unknown> {
    let parsed: URL;
    try {
      parsed = new URL(specUrl);
    } catch {
      throw new BadRequestException('specUrl is not a URL');
    }
    if (!TRUSTED_SPEC_HOSTS.has(parsed.hostname)) {
      throw new BadRequestException('specUrl host is not trusted');
    }
    const { data } = await firstValueFrom(this.httpService.get(parsed.toString()));
    return data;
  }
}

@Controller('specs')
export class SpecController {
  constructor(private readonly fetcher: SpecFetcherService) {}

  @Get('preview')
  async preview(@Query('url') url: string) {
    const spec = (await this.fetcher.load(url)) as { info?: { title?: string; version?: string } };
    return { title: spec.info?.title ?? null, version: spec.info?.version ?? null };
  }
}
