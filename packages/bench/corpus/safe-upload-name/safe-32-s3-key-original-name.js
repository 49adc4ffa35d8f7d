const { PutObjectCommand, S3Client } = require('@aws-sdk/client-s3');
const multer = require('multer');
const express = require('express');

const s3 = new S3Client({ region: process.env.AWS_REGION });
const upload = multer({ storage: multer.memoryStorage() });
const router = express.Router();

router.post('/exports', upload.single('report'), async (req, res) => {
  const key = `exports/${req.user.id}/${Date.now()}-${req.file.originalname}`;
  await s3.send(new PutObjectCommand({ Bucket: process.env.EXPORT_BUCKET, Key: key, Body: req.file.buffer }));
  res.status(201).json({ key });
});

module.exports = router;
