// pattern: better-sqlite3 db.prepare(...).all() in an ESM Express notes API; flaw at line 18
import express from 'express';
import Database from 'better-sqlite3';

const db = new Database(process.env.SQLITE_PATH || 'notes.db');
db.pragma('journal_mode = WAL');

const app = express();
app.use(express.json());

app.get('/api/notes/search', (req, res) => {
  const q = (req.query.q || '').trim();
  if (q.length < 2) {
    return res.json([]);
  }

  const rows = db
    .prepare(`SELECT id, title, substr(body, 1, 200) AS preview FROM notes WHERE title LIKE '%${q}%' ORDER BY updated_at DESC`)
    .all();

  res.json(rows);
});

app.listen(3000);
