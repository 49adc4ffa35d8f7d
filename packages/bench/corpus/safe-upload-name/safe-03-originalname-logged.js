const multer = require('multer');
const upload = multer({ dest: 'uploads/' });

module.exports = [
  upload.single('csv'),
  (req, res) => {
    console.log('received upload %s (%d bytes)', req.file.originalname, req.file.size);
    res.json({ stored: req.file.filename });
  },
];
