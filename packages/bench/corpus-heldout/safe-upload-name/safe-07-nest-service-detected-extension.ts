// pattern: NestJS @UploadedFile() handed to a service that checks content with file-type and writes under randomUUID()
import {
  BadRequestException,
  Controller,
  Injectable,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { randomUUID } from 'crypto';
import { fileTypeFromBuffer } from 'file-type';
import { writeFile } from 'fs/promises';
import { memoryStorage } from 'multer';
import { join } from 'path';

@Injectable()
export class DocumentsService {
  private readonly root = join(process.cwd(), 'storage', 'documents');

  async save(file: Express.Multer.File) {
    const type = await fileTypeFromBuffer(file.buffer);
    if (!type || type.ext !== 'pdf') {
      throw new BadRequestException('Only PDF documents are accepted');
    }
    const key = `${randomUUID()}.${type.ext}`;
    await writeFile(join(this.root, key), file.buffer);
    return { key, originalName: file.originalname, size: file.size };
  }
}

@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @UseInterceptors(FileInterceptor('file', { storage: memoryStorage(), limits: { fileSize: 10_000_000 } }))
  upload(@UploadedFile() file: Express.Multer.File) {
    return this.documents.save(file);
  }
}
