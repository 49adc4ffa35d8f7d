const express = require('express');
const errorHandler = require('strong-error-handler');

const app = express();
app.use(errorHandler({ debug: app.get('env') === 'development', log: true }));

module.exports = app;
