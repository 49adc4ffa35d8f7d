const API_URL = 'https://api.example.com/v1/rates';

async function getRates() {
  const res = await fetch(API_URL);
  return res.json();
}

module.exports = { getRates };
