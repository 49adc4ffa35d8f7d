// pattern: puokl/OrderGraph backend/src/utils/cors.js (shared corsOptions with an origin callback); flaw: line 8
const cors = require('cors');

const COMPANY_DOMAIN = 'ordergraph.app';

const corsOptions = {
  origin: (origin, callback) => {
    if (!origin || origin.includes(COMPANY_DOMAIN)) {
      callback(null, true);
    } else {
      callback(new Error(`Origin ${origin} not allowed by CORS`));
    }
  },
  methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowedHeaders: ['Origin', 'X-Requested-With', 'Content-Type', 'Accept', 'Authorization'],
  credentials: true,
};

module.exports = { corsOptions, corsMiddleware: cors(corsOptions) };
