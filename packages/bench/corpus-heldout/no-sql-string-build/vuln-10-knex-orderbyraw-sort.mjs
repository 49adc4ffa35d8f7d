// pattern: knex orderByRaw with a sort expression built from query-string parameters (pagination helper); flaw at line 7
import db from '../db.js';

function sortExpression(query) {
  const column = query.sortBy || 'created_at';
  const order = (query.order || 'desc').toUpperCase();
  return `${column} ${order} NULLS LAST`;
}

export async function listArticles(req, res, next) {
  try {
    const page = Number(req.query.page) || 1;
    const articles = await db('articles')
      .select('id', 'title', 'slug', 'published_at', 'created_at')
      .where({ status: 'published' })
      .orderByRaw(sortExpression(req.query))
      .limit(20)
      .offset((page - 1) * 20);
    res.json({ page, articles });
  } catch (err) {
    next(err);
  }
}
