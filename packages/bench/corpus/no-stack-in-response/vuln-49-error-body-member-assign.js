const logger = require('./logger');

module.exports = function errorMiddleware(err, req, res, next) {
  const status = err.statusCode || 500;
  const payload = { success: false, message: 'Request failed' };
  if (status >= 500) {
    logger.error(err);
    payload.details = `${err.name}: ${err.stack}`;
  }
  res.status(status).json(payload);
};
