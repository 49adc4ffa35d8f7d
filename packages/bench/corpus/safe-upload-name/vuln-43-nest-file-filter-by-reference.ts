import { BadRequestException, Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Request } from 'express';
import { randomUUID } from 'crypto';
import { diskStorage } from 'multer';

function imageOnly(req: Request, file: Express.Multer.File, callback: (error: Error | null, accept: boolean) => void) {
  if (!['image/png', 'image/jpeg', 'image/webp'].includes(file.mimetype)) {
    return callback(new BadRequestException('Only images are allowed'), false);
  }
  callback(null, true);
}

@Controller('banners')
export class BannersController {
  @Post()
  @UseInterceptors(
    FileInterceptor('banner', {
      storage: diskStorage({ destination: './static/banners', filename: (req, file, cb) => cb(null, randomUUID()) }),
      fileFilter: imageOnly,
    }),
  )
  upload(@UploadedFile() banner: Express.Multer.File) {
    return { stored: banner.filename };
  }
}
