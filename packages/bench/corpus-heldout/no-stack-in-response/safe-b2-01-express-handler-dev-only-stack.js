// pattern: Express error handler including the stack only outside production (expressjs docs "Error handling", express-generator app.js)
const express = require('express');
const routes = require('./routes');
const logger = require('./lib/logger');

const app = express();
app.use(express.json());
app.use('/api', routes);

const isProduction = process.env.NODE_ENV === 'production';

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  const status = err.status || 500;
  logger.error({ err, reqId: req.id }, 'unhandled error');

  const body = { error: status >= 500 ? 'Something went wrong' : 'Request failed', reqId: req.id };
  if (!isProduction) {
    body.detail = err.message;
    body.stack = err.stack;
  }
  res.status(status).json(body);
});

module.exports = app;
