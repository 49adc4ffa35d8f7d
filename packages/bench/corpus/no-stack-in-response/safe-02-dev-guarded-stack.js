const express = require('express');

const app = express();

app.use(function (err, req, res, next) {
  res.status(err.status || 500);
  res.json({
    message: 'Something went wrong',
    stack: process.env.NODE_ENV !== 'production' ? err.stack : undefined,
  });
});

module.exports = app;
