import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { KeyStore } from './key-store';

@Injectable()
export class TokenVerifier {
  constructor(
    private readonly jwt: JwtService,
    private readonly keys: KeyStore,
  ) {}

  async verify(token: string) {
    const unverified = this.jwt.decode<{ iss?: string }>(token);
    if (!unverified?.iss) throw new UnauthorizedException();
    const publicKey = await this.keys.forIssuer(unverified.iss);
    return this.jwt.verifyAsync(token, { publicKey, algorithms: ['RS256'], issuer: unverified.iss });
  }
}
