// pattern: devalGabriel/eventure-v4 style cors setup in an Express app (explicit origin list)
const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');
const morgan = require('morgan');

const authRoutes = require('./routes/auth');
const eventRoutes = require('./routes/events');

const app = express();

app.use(morgan('tiny'));
app.use(
  cors({
    origin: ['https://eventure.ro', 'https://www.eventure.ro', 'https://admin.eventure.ro'],
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  })
);
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());

app.use('/api/auth', authRoutes);
app.use('/api/events', eventRoutes);

module.exports = app;
