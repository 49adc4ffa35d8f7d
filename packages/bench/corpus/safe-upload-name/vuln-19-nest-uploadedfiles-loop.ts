import { Controller, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { writeFile } from 'node:fs/promises';

@Controller('documents')
export class DocumentsController {
  @Post()
  @UseInterceptors(FilesInterceptor('files', 10))
  async uploadMany(@UploadedFiles() files: Array<Express.Multer.File>) {
    for (const file of files) {
      await writeFile('documents/' + file.originalname, file.buffer);
    }
    return { count: files.length };
  }
}
