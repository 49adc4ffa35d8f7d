import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { promises as fs } from 'fs';
import { join } from 'path';

@Controller('files')
export class FilesController {
  @Post()
  @UseInterceptors(FileInterceptor('file'))
  async upload(@UploadedFile() file: Express.Multer.File) {
    const dest = join(process.cwd(), 'storage', file.originalname);
    await fs.writeFile(dest, file.buffer);
    return { stored: dest };
  }
}
