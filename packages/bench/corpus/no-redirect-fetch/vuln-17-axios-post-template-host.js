const axios = require('axios');

async function notifyPartner(partnerHost, payload) {
  return axios.post(`https://${partnerHost}/api/notify`, payload);
}

module.exports = { notifyPartner };
