// pattern: Express error-handling middleware with the stack attached only outside production (middlewares/error.middleware.js shape)
const logger = require('../utils/logger');

module.exports = function errorHandler(err, req, res, next) {
  if (res.headersSent) {
    return next(err);
  }

  logger.error({ err, url: req.originalUrl }, 'request failed');

  const status = err.statusCode || 500;
  const payload = {
    success: false,
    message: 'Something went wrong. Please try again later.',
  };

  if (process.env.NODE_ENV !== 'production') {
    payload.stack = err.stack;
    payload.detail = err.message;
  }

  res.status(status).json(payload);
};
