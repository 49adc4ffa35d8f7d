// pattern: controller module exporting (req, res) handlers, wired by a separate routes file, using a shared axios instance; flaw: line 14
const axios = require('axios');

const http = axios.create({
  timeout: 7000,
  maxRedirects: 0,
  validateStatus: () => true,
});

exports.verifyDomainOwnership = async (req, res) => {
  const { siteUrl } = req.body;
  const token = req.user.verificationToken;

  const response = await http.get(`${siteUrl}/.well-known/sitecheck.txt`);
  const verified = response.status === 200 && String(response.data).trim() === token;

  res.json({ siteUrl, verified, checkedAt: new Date().toISOString() });
};
