import { CanActivate, ExecutionContext, Injectable, ForbiddenException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AdminGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const token = String(request.headers.authorization ?? '').slice('Bearer '.length);
    const payload = this.jwt.decode<{ roles?: string[] }>(token);
    if (!payload?.roles?.includes('admin')) throw new ForbiddenException();
    return true;
  }
}
