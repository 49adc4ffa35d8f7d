const multer = require('multer');
const fs = require('fs');
const path = require('path');

const upload = multer();

exports.route = [
  upload.single('report'),
  (req, res) => {
    const name = req.file.originalname;
    const fullPath = path.join(__dirname, 'reports', name);
    fs.writeFileSync(fullPath, req.file.buffer);
    res.sendStatus(204);
  },
];
