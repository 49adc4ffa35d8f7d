// pattern: expressjs/errorhandler middleware registered in app.js after the routers; flaw at line 19
const express = require('express');
const morgan = require('morgan');
const helmet = require('helmet');
const errorhandler = require('errorhandler');

const apiRouter = require('./routes/api');
const webhookRouter = require('./routes/webhooks');

const app = express();

app.use(helmet());
app.use(morgan('combined'));
app.use(express.json({ limit: '1mb' }));

app.use('/api', apiRouter);
app.use('/webhooks', webhookRouter);

app.use(errorhandler());

module.exports = app;
