const jwt = require('jsonwebtoken');

function msUntilRefresh(accessToken) {
  const { exp, iat } = jwt.decode(accessToken) || {};
  if (!exp || !iat) return 0;
  return Math.max(0, (exp - iat) * 750);
}

module.exports = function scheduleRefresh(client, accessToken) {
  setTimeout(() => client.refresh(), msUntilRefresh(accessToken));
};
