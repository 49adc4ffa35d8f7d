import { Controller, FileTypeValidator, ParseFilePipe, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { randomUUID } from 'crypto';
import { writeFile } from 'fs/promises';
import { join } from 'path';

@Controller('avatars')
export class AvatarsController {
  @Post()
  @UseInterceptors(
    FileInterceptor('avatar', {
      fileFilter: (req, file, cb) => cb(null, file.mimetype.startsWith('image/')),
    }),
  )
  async upload(
    @UploadedFile(new ParseFilePipe({ validators: [new FileTypeValidator({ fileType: /^image\/(png|jpeg)$/ })] }))
    avatar: Express.Multer.File,
  ) {
    const stored = `${randomUUID()}.img`;
    await writeFile(join(process.cwd(), 'avatars', stored), avatar.buffer);
    return { stored, original: avatar.originalname };
  }
}
