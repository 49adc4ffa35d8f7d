// pattern: NestJS file-filter.helper.ts (mimetype regex) passed to FileInterceptor, as in teslo-shop-style course projects; flaw at line 12
import { BadRequestException } from '@nestjs/common';
import { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import { randomUUID } from 'crypto';
import { diskStorage } from 'multer';

export const productImageFilter: MulterOptions['fileFilter'] = (_req, file, callback) => {
  if (!file) {
    return callback(new BadRequestException('File is empty'), false);
  }

  const isImage = /\/(jpe?g|png|webp|gif)$/.test(file.mimetype);
  if (!isImage) {
    return callback(new BadRequestException('Only image files are allowed'), false);
  }

  callback(null, true);
};

export const productImageOptions: MulterOptions = {
  fileFilter: productImageFilter,
  limits: { fileSize: 3 * 1024 * 1024 },
  storage: diskStorage({
    destination: './static/products',
    filename: (_req, _file, callback) => callback(null, randomUUID()),
  }),
};
