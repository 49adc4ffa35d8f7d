// pattern: Express controller with a shared sendError(res, err) helper spreading the caught error into the payload; flaw at line 8
const Invoice = require('../models/Invoice');
const pdfService = require('../services/pdfService');

function sendError(res, err, status = 500) {
  return res.status(status).json({
    ok: false,
    error: { ...err, name: err.name },
  });
}

async function getInvoice(req, res) {
  try {
    const invoice = await Invoice.findOne({ _id: req.params.id, account: req.user.account });
    if (!invoice) {
      return res.status(404).json({ ok: false, error: { name: 'NotFound' } });
    }
    res.json({ ok: true, invoice });
  } catch (err) {
    sendError(res, err);
  }
}

async function downloadInvoice(req, res, next) {
  try {
    const invoice = await Invoice.findOne({ _id: req.params.id, account: req.user.account });
    const pdf = await pdfService.render(invoice);
    res.type('application/pdf').send(pdf);
  } catch (err) {
    next(err);
  }
}

module.exports = { getInvoice, downloadInvoice };
