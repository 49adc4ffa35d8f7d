// pattern: NestJS FileInterceptor with a multer fileFilter on file.mimetype (NestJS docs "File upload"; natalielie/admin-dashboard utils/multer constants.ts); flaw at line 15
import {
  BadRequestException,
  Controller,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { diskStorage } from 'multer';
import { extname } from 'path';
import { randomUUID } from 'crypto';

const imageFileFilter = (req: any, file: Express.Multer.File, callback: (e: Error | null, ok: boolean) => void) => {
  if (!file.mimetype.match(/^image\/(jpe?g|png|webp|gif)$/)) {
    return callback(new BadRequestException('Only image files are allowed'), false);
  }
  callback(null, true);
};

@Controller('avatars')
export class AvatarsController {
  @Post()
  @UseInterceptors(
    FileInterceptor('avatar', {
      storage: diskStorage({
        destination: './public/avatars',
        filename: (req, file, cb) => cb(null, `${randomUUID()}${extname(file.originalname)}`),
      }),
      fileFilter: imageFileFilter,
      limits: { fileSize: 2 * 1024 * 1024 },
    }),
  )
  upload(@UploadedFile() file: Express.Multer.File) {
    return { url: `/avatars/${file.filename}` };
  }
}
