const bcrypt = require('bcrypt');
const { findByEmail } = require('./users');

async function login(req, res) {
  const user = await findByEmail(req.body.email);
  const ok = user && (await bcrypt.compare(req.body.password, user.passwordHash));
  if (!ok) return res.status(401).json({ error: 'Invalid credentials' });
  return res.json({ id: user.id });
}

module.exports = { login };
