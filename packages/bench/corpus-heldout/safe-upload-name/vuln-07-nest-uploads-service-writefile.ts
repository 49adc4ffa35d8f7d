// pattern: NestJS UploadsService receiving Express.Multer.File from a FileInterceptor controller (writeFile(join(..., file.originalname))); flaw at line 26
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { mkdir, writeFile } from 'fs/promises';
import { join } from 'path';

export interface StoredFile {
  url: string;
  size: number;
}

@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);
  private readonly root: string;

  constructor(private readonly config: ConfigService) {
    this.root = this.config.get<string>('UPLOADS_ROOT', join(process.cwd(), 'uploads'));
  }

  async store(projectId: string, file: Express.Multer.File): Promise<StoredFile> {
    const folder = join(this.root, 'projects', projectId);
    await mkdir(folder, { recursive: true });

    const { originalname, buffer, size } = file;
    await writeFile(join(folder, originalname), buffer);
    this.logger.log(`stored ${originalname} (${size} bytes) for project ${projectId}`);

    return { url: `/files/projects/${projectId}/${encodeURIComponent(originalname)}`, size };
  }
}
