// pattern: multi-tenant API picking a per-tenant secret from the unverified iss before verifying (auth0/node-jsonwebtoken issue #35 and PR #547 on per-issuer keys, auth0/express-jwt issue #84)
const jwt = require('jsonwebtoken');
const tenants = require('./tenants');

async function authenticateTenantRequest(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer\s+/i, '');
  if (!token) return res.status(401).json({ error: 'unauthenticated' });

  const unverified = jwt.decode(token);
  const tenant = unverified && (await tenants.findByIssuer(unverified.iss));
  if (!tenant) return res.status(401).json({ error: 'unknown issuer' });

  try {
    const claims = jwt.verify(token, tenant.signingSecret, {
      algorithms: ['HS256'],
      issuer: tenant.issuer,
    });
    req.tenant = tenant;
    req.user = { id: claims.sub, tenantId: tenant.id };
    next();
  } catch (err) {
    res.status(401).json({ error: 'invalid token' });
  }
}

module.exports = authenticateTenantRequest;
