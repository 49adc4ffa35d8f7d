const request = require('superagent');

exports.fetchAvatar = async (req, res) => {
  const response = await request.get(req.query.avatar).buffer(true);
  res.type(response.type).send(response.body);
};
