// pattern: Express cors() with an origin callback, shape from expressjs/cors README "Configuring CORS w/ Dynamic Origin"; flaw at line 13
const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');
const authRoutes = require('./routes/auth');
const cartRoutes = require('./routes/cart');

const app = express();

const corsOptions = {
  origin(origin, callback) {
    // mobile apps and curl send no Origin; browsers always do
    callback(null, true);
  },
  credentials: true,
  optionsSuccessStatus: 200,
};

app.use(cors(corsOptions));
app.options('*', cors(corsOptions));
app.use(express.json());
app.use(cookieParser());

app.use('/api/auth', authRoutes);
app.use('/api/cart', cartRoutes);

module.exports = app;
