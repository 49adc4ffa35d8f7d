const express = require('express');
const cors = require('cors');

const app = express();
// allow the desktop app (file://) and the web app
app.use(cors({ origin: ['null', 'https://app.example.com'], credentials: true }));

module.exports = app;
