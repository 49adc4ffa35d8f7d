const axios = require('axios');

async function notifyPartner(ctx) {
  const { partnerHost, payload } = ctx.request.body;
  ctx.body = (await axios.post(`https://${partnerHost}/api/notify`, payload)).data;
}

module.exports = { notifyPartner };
