const cors = require('cors');

const allowed = new Set((process.env.CORS_ORIGINS || '').split(','));

module.exports = cors({
  credentials: true,
  origin(origin, callback) {
    if (!origin || allowed.has(origin)) return callback(null, true);
    return callback(new Error('Not allowed by CORS'));
  },
});
