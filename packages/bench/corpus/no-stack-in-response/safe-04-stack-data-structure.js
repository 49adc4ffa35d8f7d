module.exports = function evaluate(req, res) {
  const stack = [];
  for (const token of String(req.query.expr).split(' ')) {
    if (token === '+') stack.push(stack.pop() + stack.pop());
    else stack.push(Number(token));
  }
  res.json({ result: stack.pop(), stack: stack.length });
};
