// pattern: better-sqlite3 prepared statement with @named parameters (search and insert)
import express from 'express';
import Database from 'better-sqlite3';

const db = new Database(process.env.SQLITE_PATH || 'notes.db');

const searchStmt = db.prepare(
  `SELECT id, title, substr(body, 1, 200) AS preview
     FROM notes
    WHERE owner_id = @ownerId AND title LIKE @pattern
    ORDER BY updated_at DESC`
);
const insertStmt = db.prepare('INSERT INTO notes (owner_id, title, body) VALUES (@ownerId, @title, @body)');

const app = express();
app.use(express.json());

app.get('/api/notes/search', (req, res) => {
  const q = String(req.query.q || '').trim();
  res.json(searchStmt.all({ ownerId: req.session.userId, pattern: `%${q}%` }));
});

app.post('/api/notes', (req, res) => {
  const { title, body } = req.body;
  const info = insertStmt.run({ ownerId: req.session.userId, title, body });
  res.status(201).json({ id: info.lastInsertRowid });
});

export default app;
