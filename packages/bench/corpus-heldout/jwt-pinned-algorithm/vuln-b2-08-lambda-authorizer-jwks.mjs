// pattern: AWS API Gateway Lambda TOKEN authorizer with jwks-rsa getSigningKey (auth0/node-jwks-rsa README, aws-samples authorizer blueprints); flaw at line 30
import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';

const client = jwksClient({
  jwksUri: `${process.env.ISSUER_URL}/.well-known/jwks.json`,
  cache: true,
  rateLimit: true,
});

const policy = (principalId, effect, resource, context = {}) => ({
  principalId,
  policyDocument: {
    Version: '2012-10-17',
    Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }],
  },
  context,
});

export const handler = async (event) => {
  const token = (event.authorizationToken || '').replace(/^Bearer /, '');
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || !decoded.header.kid) {
    throw new Error('Unauthorized');
  }

  const signingKey = await client.getSigningKey(decoded.header.kid);
  let claims;
  try {
    claims = jwt.verify(token, signingKey.getPublicKey(), {
      audience: process.env.AUDIENCE,
      issuer: process.env.ISSUER_URL,
    });
  } catch (err) {
    console.warn('token rejected', err.name);
    throw new Error('Unauthorized');
  }

  return policy(claims.sub, 'Allow', event.methodArn, { scope: claims.scope || '' });
};
