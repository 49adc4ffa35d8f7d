import { Controller, Get, Query } from '@nestjs/common';
import axios from 'axios';

@Controller('images')
export class ImagesController {
  @Get('proxy')
  async proxy(@Query('src') src: string) {
    const { data } = await axios.get<ArrayBuffer>(src, { responseType: 'arraybuffer' });
    return Buffer.from(data).toString('base64');
  }
}
