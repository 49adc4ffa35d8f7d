// pattern: ups-gye/Desarrolladores-Fc back-end/src/config/cors.js (exported cors config module) for a web + desktop client; flaw: line 8
const cors = require('cors');

const corsConfig = {
  origin: [
    'https://portal.clinicadesk.ec',
    'https://admin.clinicadesk.ec',
    'null',
  ],
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
  allowedHeaders: ['Content-Type', 'Authorization'],
};

function applyCors(app) {
  app.use(cors(corsConfig));
  app.options('*', cors(corsConfig));
}

module.exports = { corsConfig, applyCors };
