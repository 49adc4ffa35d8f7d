// pattern: jsonwebtoken decode({ complete: true }) then verify, multi-issuer API gateway middleware; flaw: line 15
const jwt = require('jsonwebtoken');
const { getIssuerKey } = require('../lib/issuers');

async function authenticateGateway(req, res, next) {
  const token = (req.headers.authorization || '').split(' ')[1];
  if (!token) return res.sendStatus(401);

  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || !decoded.payload.iss) return res.sendStatus(401);

  const { header, payload } = decoded;
  try {
    const key = await getIssuerKey(payload.iss, header.kid);
    req.user = jwt.verify(token, key, { algorithms: [header.alg], issuer: payload.iss });
    return next();
  } catch (e) {
    req.log && req.log.warn({ iss: payload.iss, kid: header.kid }, 'token verification failed');
    return res.sendStatus(401);
  }
}

module.exports = { authenticateGateway };
