// pattern: NestFactory.create cors option with a reflecting origin callback (cors package CustomOrigin); flaw: line 12
import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import helmet from 'helmet';
import { AppModule } from './app.module';

const corsConfig: CorsOptions = {
  credentials: true,
  origin: (origin, cb) => {
    // MDN: with credentials the header cannot be "*", so send back the caller's origin
    cb(null, origin);
  },
  allowedHeaders: ['Content-Type', 'Authorization', 'X-CSRF-Token'],
};

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { cors: corsConfig });
  app.use(helmet());
  const port = Number(process.env.PORT ?? 4000);
  await app.listen(port);
  Logger.log(`API listening on ${port}`, 'Bootstrap');
}

bootstrap();
