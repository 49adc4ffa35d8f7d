const crypto = require('crypto');

function isValidWebhook(rawBody, signature, publicKeyPem) {
  return crypto.verify('sha256', Buffer.from(rawBody), publicKeyPem, Buffer.from(signature, 'base64'));
}

module.exports = { isValidWebhook };
