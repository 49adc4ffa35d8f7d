// pattern: the-macs/binarc8-esa-hadistra server/src/config/passport.js (passport-jwt opts built by assignment)
const fs = require('fs');
const passport = require('passport');
const JwtStrategy = require('passport-jwt').Strategy;
const ExtractJwt = require('passport-jwt').ExtractJwt;
const { User } = require('../models');

const opts = {};
opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
opts.secretOrKey = fs.readFileSync(process.env.JWT_PUBLIC_KEY_FILE, 'utf8');
opts.algorithms = ['RS256', 'RS384', 'RS512'];
opts.issuer = 'api.hadistra.id';

passport.use(
  new JwtStrategy(opts, async (jwtPayload, done) => {
    try {
      const user = await User.findByPk(jwtPayload.sub, { attributes: ['id', 'email', 'role'] });
      return done(null, user || false);
    } catch (err) {
      return done(err, false);
    }
  })
);

module.exports = passport;
