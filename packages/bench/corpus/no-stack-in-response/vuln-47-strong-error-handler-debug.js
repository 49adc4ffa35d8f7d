const express = require('express');
const errorHandler = require('strong-error-handler');
const routes = require('./routes');

const app = express();
app.use('/api', routes);
app.use(errorHandler({ debug: true, log: true }));

module.exports = app;
