const express = require('express');
const errorhandler = require('errorhandler');

const app = express();

app.get('/', (req, res) => res.send('hello'));

app.use(errorhandler());

app.listen(3000);
