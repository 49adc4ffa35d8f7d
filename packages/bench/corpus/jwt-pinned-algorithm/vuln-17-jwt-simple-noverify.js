const jwt = require('jwt-simple');

const SECRET = process.env.JWT_SECRET;

exports.userFromToken = (token) => {
  // Signature is checked by the gateway, just read the payload here.
  const payload = jwt.decode(token, SECRET, true);
  return { id: payload.sub, isAdmin: payload.admin === true };
};
