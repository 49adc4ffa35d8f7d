const logger = require('./logger');

module.exports = function errorHandler(err, req, res, next) {
  const status = err.status || err.statusCode || 500;
  if (status >= 500) logger.error(err);
  res.status(status).json({ error: status < 500 ? err.message : 'Internal Server Error' });
};
