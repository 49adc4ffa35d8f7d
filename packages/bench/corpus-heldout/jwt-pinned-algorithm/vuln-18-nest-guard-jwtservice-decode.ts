// pattern: @nestjs/jwt JwtService in a CanActivate guard behind an API gateway; flaw: line 23
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';

interface GatewayClaims {
  sub: string;
  org: string;
  roles?: string[];
}

@Injectable()
export class GatewayAuthGuard implements CanActivate {
  constructor(private readonly jwtService: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { user?: GatewayClaims }>();
    const token = this.extractToken(request);
    if (!token) {
      throw new UnauthorizedException();
    }

    const claims = this.jwtService.decode<GatewayClaims>(token);
    if (!claims?.sub || !claims.org) {
      throw new UnauthorizedException();
    }
    request.user = { sub: claims.sub, org: claims.org, roles: claims.roles ?? [] };
    return true;
  }

  private extractToken(request: Request): string | undefined {
    const [type, token] = request.headers.authorization?.split(' ') ?? [];
    return type === 'Bearer' ? token : undefined;
  }
}
