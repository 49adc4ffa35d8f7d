const router = require('express').Router();
const db = require('./db');

router.post('/users', async (req, res) => {
  try {
    const user = await db.users.insert(req.body);
    res.status(201).json(user);
  } catch (err) {
    res.status(500).json({ message: err.message });
  }
});

module.exports = router;
