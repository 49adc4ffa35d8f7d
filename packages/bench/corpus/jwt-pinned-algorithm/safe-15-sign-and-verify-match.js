const jwt = require('jsonwebtoken');

const SECRET = process.env.TOKEN_SECRET;

exports.issue = (user) => jwt.sign({ sub: user.id }, SECRET, { algorithm: 'HS512', expiresIn: '1h' });

exports.check = (token) => jwt.verify(token, SECRET, { algorithms: ['HS512'] });
