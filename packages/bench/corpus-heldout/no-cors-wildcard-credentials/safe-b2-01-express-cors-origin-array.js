// pattern: Express cors() with an explicit origin list and credentials (expressjs/cors README "Configuring CORS"; config/allowedOrigins pattern seen across many repos)
const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');
const routes = require('./routes');

const allowedOrigins = [
  'https://app.fieldnotes.io',
  'https://admin.fieldnotes.io',
  'http://localhost:5173',
];

const app = express();

app.use(
  cors({
    origin: allowedOrigins,
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
  }),
);
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());
app.use('/api', routes);

module.exports = app;
