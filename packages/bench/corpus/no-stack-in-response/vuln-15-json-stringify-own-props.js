module.exports = function onError(err, req, res, next) {
  res.status(500);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(err, Object.getOwnPropertyNames(err)));
};
