// pattern: daonamthuan/movie-ticket-booking-backend src/config/corsOptions.js (origin callback that always allows); flaw: line 10
import express from 'express';
import cors from 'cors';
import cookieParser from 'cookie-parser';
import { APIs_V1 } from './routes/v1/index.js';
import { errorHandlingMiddleware } from './middlewares/errorHandlingMiddleware.js';

export const corsOptions = {
  origin: function (origin, callback) {
    return callback(null, true);
  },
  optionsSuccessStatus: 200,
  credentials: true,
};

const app = express();

app.use(cookieParser());
app.use(cors(corsOptions));
app.use(express.json());
app.use('/v1', APIs_V1);
app.use(errorHandlingMiddleware);

app.listen(process.env.APP_PORT || 8017, () => {
  console.log(`Server running on port ${process.env.APP_PORT || 8017}`);
});
