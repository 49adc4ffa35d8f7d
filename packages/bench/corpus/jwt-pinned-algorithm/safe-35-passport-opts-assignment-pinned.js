const passport = require('passport');
const { Strategy, ExtractJwt } = require('passport-jwt');
const { Users } = require('../models');

const opts = {};
opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
opts.secretOrKey = process.env.JWT_SECRET;
opts.algorithms = ['HS256'];
opts.issuer = 'api.example.com';

passport.use(
  new Strategy(opts, async (payload, done) => {
    const user = await Users.findById(payload.sub);
    return done(null, user || false);
  }),
);
