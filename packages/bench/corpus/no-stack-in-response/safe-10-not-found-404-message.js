const router = require('express').Router();
const { findArticle, NotFoundError } = require('./articles');

router.get('/articles/:slug', async (req, res) => {
  try {
    res.json(await findArticle(req.params.slug));
  } catch (err) {
    if (err instanceof NotFoundError) return res.status(404).json({ error: err.message });
    console.error(err);
    return res.status(500).json({ error: 'internal error' });
  }
});

module.exports = router;
