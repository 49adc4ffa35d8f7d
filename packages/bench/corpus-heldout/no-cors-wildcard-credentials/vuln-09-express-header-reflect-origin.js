// pattern: getpolygon/polygon src/utils/cors.js (hand-written Express CORS middleware reflecting Origin); flaw: line 6
module.exports = function allowCrossDomain(req, res, next) {
  const requestOrigin = req.headers.origin;

  if (requestOrigin) {
    res.header('Access-Control-Allow-Origin', requestOrigin);
    res.header('Vary', 'Origin');
  }
  res.header('Access-Control-Allow-Credentials', 'true');
  res.header('Access-Control-Allow-Methods', 'GET,POST,PUT,PATCH,DELETE,OPTIONS');
  res.header('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-Requested-With');

  if (req.method === 'OPTIONS') {
    return res.sendStatus(204);
  }
  return next();
};
