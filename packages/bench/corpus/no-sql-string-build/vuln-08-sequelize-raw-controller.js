const { QueryTypes } = require('sequelize');
const db = require('../models');

async function listComments(req, res, next) {
  try {
    const { postId } = req.params;
    const order = req.query.order === 'asc' ? 'ASC' : 'DESC';
    const comments = await db.sequelize.query(
      `SELECT c.id, c.body, u.name FROM comments c JOIN users u ON u.id = c.user_id
        WHERE c.post_id = ${postId} ORDER BY c.created_at ${order}`,
      { type: QueryTypes.SELECT },
    );
    res.json(comments);
  } catch (err) {
    next(err);
  }
}

module.exports = { listComments };
