const cors = require('./lib/cors-policy');

const policy = cors({ origin: '*', credentials: true });

module.exports = function describePolicy() {
  return policy.describe();
};
