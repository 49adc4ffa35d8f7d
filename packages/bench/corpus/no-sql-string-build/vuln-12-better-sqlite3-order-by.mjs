import express from 'express';
import Database from 'better-sqlite3';

const db = new Database('library.db');
const app = express();

app.get('/books', (req, res) => {
  const sort = req.query.sort || 'title';
  const books = db.prepare(`SELECT id, title, author, year FROM books ORDER BY ${sort}`).all();
  res.json(books);
});

app.listen(8080);
