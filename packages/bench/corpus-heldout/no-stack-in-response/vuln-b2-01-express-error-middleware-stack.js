// pattern: Express four-argument error middleware returning the stack (expressjs docs "Error handling", many generated boilerplates); flaw at line 23
const express = require('express');
const helmet = require('helmet');
const apiRouter = require('./routes/api');
const logger = require('./lib/logger');

const app = express();
app.use(helmet());
app.use(express.json());
app.use('/api', apiRouter);

app.use((req, res) => {
  res.status(404).json({ success: false, message: 'Route not found' });
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  logger.error({ err, path: req.path }, 'request failed');
  const statusCode = err.statusCode || 500;
  res.status(statusCode).json({
    success: false,
    message: err.message || 'Internal Server Error',
    stack: err.stack,
  });
});

module.exports = app;
