import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    const err = exception as Error;
    response.status(500).json({
      statusCode: 500,
      message: err.message,
      stack: err.stack,
    });
  }
}
