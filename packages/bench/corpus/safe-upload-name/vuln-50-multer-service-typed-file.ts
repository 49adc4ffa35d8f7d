import { Injectable } from '@nestjs/common';
import { promises as fs } from 'fs';
import * as path from 'path';

@Injectable()
export class ResumesService {
  private readonly root = path.join(process.cwd(), 'storage', 'resumes');

  async save(candidateId: number, resume: Express.Multer.File): Promise<string> {
    const dir = path.join(this.root, String(candidateId));
    await fs.mkdir(dir, { recursive: true });
    const target = path.join(dir, resume.originalname);
    await fs.writeFile(target, resume.buffer);
    return target;
  }
}
