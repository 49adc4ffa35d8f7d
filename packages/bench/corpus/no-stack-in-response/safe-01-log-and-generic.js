const express = require('express');
const { randomUUID } = require('crypto');

const app = express();

app.use((err, req, res, next) => {
  const id = randomUUID();
  console.error(id, err.stack);
  res.status(500).json({ error: 'Internal Server Error', correlationId: id });
});

module.exports = app;
