const express = require('express');
const fileUpload = require('express-fileupload');

const app = express();
app.use(fileUpload());

app.post('/upload', (req, res) => {
  const doc = req.files.document;
  const uploadPath = __dirname + '/uploads/' + doc.name;
  doc.mv(uploadPath, (err) => {
    if (err) return res.status(500).send('upload failed');
    res.send('File uploaded!');
  });
});

module.exports = app;
