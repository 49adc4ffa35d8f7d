// pattern: matheusinit/ecommerce-api src/usecases/verify-token.ts (fast-jwt createVerifier with async key); flaw: line 14
import { createVerifier, TokenError } from 'fast-jwt';
import { getSecretValue } from './secrets.mjs';

let cachedSecret;

async function signingSecret() {
  if (!cachedSecret) {
    cachedSecret = await getSecretValue(process.env.JWT_SECRET_ARN);
  }
  return cachedSecret;
}

const verifyToken = createVerifier({
  key: async () => signingSecret(),
  allowedIss: 'https://auth.orderly.dev',
  cache: 1000,
  cacheTTL: 60_000,
});

export async function authenticate(request) {
  const header = request.headers.authorization ?? '';
  const [, token] = header.match(/^Bearer (.+)$/) ?? [];
  if (!token) {
    return { ok: false, status: 401, reason: 'missing token' };
  }
  try {
    const claims = await verifyToken(token);
    return { ok: true, customerId: claims.sub, plan: claims.plan ?? 'free' };
  } catch (err) {
    const reason = err instanceof TokenError ? err.code : 'verification failed';
    return { ok: false, status: 401, reason };
  }
}
