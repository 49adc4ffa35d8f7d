// pattern: knex.raw with bindings and an ORDER BY column picked from a constant map (knex docs "Raw Parameter Binding")
const knex = require('../db/knex');

const SORT_COLUMNS = {
  newest: 'e.created_at',
  title: 'e.title',
  attendees: 'attendee_count',
};

async function listEvents(req, res) {
  const orderColumn = SORT_COLUMNS[req.query.sort] || SORT_COLUMNS.newest;
  const direction = req.query.order === 'asc' ? 'ASC' : 'DESC';
  const city = req.query.city || null;

  const { rows } = await knex.raw(
    `SELECT e.id, e.title, e.created_at, COUNT(a.user_id) AS attendee_count
       FROM events e
       LEFT JOIN attendees a ON a.event_id = e.id
      WHERE (?::text IS NULL OR e.city = ?)
      GROUP BY e.id
      ORDER BY ${orderColumn} ${direction}
      LIMIT 50`,
    [city, city],
  );
  res.json(rows);
}

module.exports = { listEvents };
