// pattern: express-fileupload .mv() to a uuid-named path; the client name is stored in the database record only
const path = require('path');
const { v4: uuidv4 } = require('uuid');
const FileType = require('file-type');
const Receipt = require('../models/Receipt');

const RECEIPT_DIR = path.join(__dirname, '..', 'private', 'receipts');

exports.uploadReceipt = async (req, res, next) => {
  try {
    const receipt = req.files && req.files.receipt;
    if (!receipt) {
      return res.status(400).json({ message: 'receipt is required' });
    }

    const kind = await FileType.fromBuffer(receipt.data);
    if (!kind || !['pdf', 'png', 'jpg'].includes(kind.ext)) {
      return res.status(415).json({ message: 'Receipt must be a PDF or an image' });
    }

    const storedName = `${uuidv4()}.${kind.ext}`;
    await receipt.mv(path.join(RECEIPT_DIR, storedName));

    const doc = await Receipt.create({
      expenseId: req.params.expenseId,
      file: storedName,
      originalName: receipt.name,
    });

    res.status(201).json({ id: doc.id, originalName: doc.originalName });
  } catch (err) {
    next(err);
  }
};
