const express = require('express');
const cors = require('cors');

const COMPANY_DOMAIN = '.acme-billing.com';

const app = express();

app.use(
  cors({
    origin(origin, callback) {
      if (!origin || origin === 'https://acme-billing.com' || origin.endsWith(COMPANY_DOMAIN)) {
        return callback(null, true);
      }
      return callback(new Error(`Origin ${origin} is not allowed`));
    },
    credentials: true,
  }),
);

app.get('/api/invoices', (req, res) => res.json([]));

module.exports = app;
