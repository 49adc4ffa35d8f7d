// pattern: Express error-handling middleware module (err, req, res, next) as in middlewares/errorHandler.js; flaw at line 15
const logger = require('../utils/logger');

module.exports = function errorHandler(err, req, res, next) {
  if (res.headersSent) {
    return next(err);
  }

  const statusCode = err.statusCode || 500;
  logger.error(`${req.method} ${req.originalUrl} -> ${statusCode}`, err);

  res.status(statusCode).json({
    success: false,
    message: statusCode === 500 ? 'Server Error' : 'Request failed',
    stack: err.stack,
  });
};
