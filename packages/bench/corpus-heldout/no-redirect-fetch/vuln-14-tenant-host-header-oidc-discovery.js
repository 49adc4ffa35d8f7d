// pattern: multi-tenant SSO setup reading the IdP host from a request header, checked against configured tenants; flaw: line 9
const axios = require('axios');
const { tenants } = require('../config/tenants.json');

const KNOWN_IDP_HOSTS = new Set(tenants.map((t) => t.idpHost));

async function discover(idpHost) {
  const wellKnown = `https://${idpHost}/.well-known/openid-configuration`;
  const { data } = await axios.get(wellKnown, { timeout: 5000 });
  return data;
}

module.exports = async function oidcDiscovery(req, res, next) {
  const idpHost = String(req.get('x-idp-host') || '').toLowerCase();
  if (!KNOWN_IDP_HOSTS.has(idpHost)) {
    return res.status(404).json({ error: 'unknown identity provider' });
  }
  try {
    const config = await discover(idpHost);
    res.json({
      issuer: config.issuer,
      authorization_endpoint: config.authorization_endpoint,
      token_endpoint: config.token_endpoint,
    });
  } catch (err) {
    next(err);
  }
};
