// pattern: NestJS controller using HttpService.axiosRef for a link preview (NestJS docs "HTTP module" axiosRef); flaw at line 17
import { BadRequestException, Body, Controller, Post } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

interface PreviewBody {
  url: string;
}

@Controller('previews')
export class PreviewController {
  constructor(private readonly httpService: HttpService) {}

  @Post()
  async create(@Body() { url }: PreviewBody) {
    if (!url) throw new BadRequestException('url is required');

    const { data, headers } = await this.httpService.axiosRef.get<string>(url, {
      responseType: 'text',
      timeout: 8000,
    });

    const title = /<title>([^<]*)<\/title>/i.exec(data)?.[1] ?? null;
    return { url, title, contentType: headers['content-type'] ?? null };
  }
}
