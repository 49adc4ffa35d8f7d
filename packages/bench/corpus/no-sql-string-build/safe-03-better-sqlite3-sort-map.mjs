import express from 'express';
import Database from 'better-sqlite3';

const db = new Database('library.db');
const app = express();

const SORTS = { title: 'title', author: 'author, title', newest: 'year DESC' };

app.get('/books', (req, res) => {
  const order = SORTS[req.query.sort] ?? SORTS.title;
  const books = db.prepare(`SELECT id, title, author, year FROM books ORDER BY ${order}`).all();
  res.json(books);
});

app.listen(8080);
