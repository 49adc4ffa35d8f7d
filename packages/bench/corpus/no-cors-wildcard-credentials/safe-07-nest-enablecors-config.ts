import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({
    origin: ['https://app.example.com', 'http://localhost:5173'],
    credentials: true,
  });
  await app.listen(3000);
}
void bootstrap();
