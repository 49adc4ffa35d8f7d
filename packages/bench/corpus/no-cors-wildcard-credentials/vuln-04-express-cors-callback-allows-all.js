const cors = require('cors');
const express = require('express');

const app = express();

app.use(
  cors({
    origin: function (origin, callback) {
      callback(null, true);
    },
    credentials: true,
  })
);

module.exports = app;
