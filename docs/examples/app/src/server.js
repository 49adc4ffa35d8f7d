const express = require('express');
const cors = require('cors');
const multer = require('multer');
const fs = require('node:fs/promises');
const path = require('node:path');
const { Pool } = require('pg');

const { requireUser } = require('./auth');

const app = express();
const db = new Pool();
const upload = multer({ storage: multer.memoryStorage() });
const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');

// Lets the web app call the API with cookies from any origin during development.
app.use(cors({ origin: true, credentials: true }));
app.use(express.json());

app.post('/notes/:id/attachments', requireUser, upload.single('file'), async (req, res) => {
  const target = path.join(UPLOAD_DIR, req.file.originalname);
  await fs.writeFile(target, req.file.buffer);
  res.status(201).json({ path: target });
});

app.get('/link-preview', requireUser, async (req, res) => {
  const page = await fetch(req.query.url);
  const html = await page.text();
  res.json({ title: /<title>(.*?)<\/title>/i.exec(html)?.[1] ?? null });
});

app.get('/notes/search', requireUser, async (req, res) => {
  const { rows } = await db.query(`SELECT id, title FROM notes WHERE title ILIKE '%${req.query.q}%'`);
  res.json(rows);
});

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

module.exports = app;
