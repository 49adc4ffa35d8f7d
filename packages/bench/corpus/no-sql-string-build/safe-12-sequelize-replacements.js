const { QueryTypes } = require('sequelize');
const db = require('../models');

async function listComments(req, res, next) {
  try {
    const comments = await db.sequelize.query(
      'SELECT c.id, c.body FROM comments c WHERE c.post_id = :postId ORDER BY c.created_at DESC',
      { replacements: { postId: req.params.postId }, type: QueryTypes.SELECT },
    );
    res.json(comments);
  } catch (err) {
    next(err);
  }
}

module.exports = { listComments };
