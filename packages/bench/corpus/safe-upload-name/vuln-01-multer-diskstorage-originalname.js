const express = require('express');
const multer = require('multer');

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, 'uploads/'),
  filename: (req, file, cb) => cb(null, file.originalname),
});

const upload = multer({ storage });
const app = express();

app.post('/upload', upload.single('file'), (req, res) => {
  res.json({ path: req.file.path });
});

module.exports = app;
