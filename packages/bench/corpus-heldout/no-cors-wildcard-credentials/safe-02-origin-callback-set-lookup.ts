// pattern: allowedOrigins corsOptions callback (Dave Gray MERN tutorial shape) backed by a Set
import type { CorsOptions } from 'cors';

const allowedOrigins = new Set<string>([
  'https://app.ordergraph.app',
  'https://ordergraph.app',
  ...(process.env.NODE_ENV === 'development' ? ['http://localhost:5173'] : []),
]);

const corsOptions: CorsOptions = {
  origin: (origin, callback) => {
    if (!origin || allowedOrigins.has(origin)) {
      callback(null, true);
    } else {
      callback(new Error(`Origin ${origin} not allowed by CORS`));
    }
  },
  credentials: true,
  optionsSuccessStatus: 200,
};

export default corsOptions;
