import jwt = require('jsonwebtoken');
import express = require('express');

export const router = express.Router();

router.use((req, res, next) => {
  const token = req.header('x-api-token');
  if (!token) return res.sendStatus(401);
  res.locals.client = jwt.verify(token, process.env.API_TOKEN_SECRET as string);
  return next();
});
