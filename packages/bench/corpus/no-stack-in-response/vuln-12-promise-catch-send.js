const axios = require('axios');

module.exports = function weather(req, res) {
  axios
    .get('https://api.weather.example.com/today', { params: { city: req.query.city } })
    .then((r) => res.json(r.data))
    .catch((err) => res.status(502).json(err));
};
