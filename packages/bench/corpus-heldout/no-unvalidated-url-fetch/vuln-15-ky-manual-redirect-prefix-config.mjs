// pattern: ky with redirect: 'manual' in an Express route, URL checked against a configured prefix with startsWith; flaw: line 15
import express from 'express';
import ky from 'ky';
import config from './config.mjs';

export const reportsRouter = express.Router();

reportsRouter.post('/reports/fetch', async (req, res, next) => {
  try {
    const { reportUrl } = req.body;
    if (typeof reportUrl !== 'string' || !reportUrl.startsWith(config.reportsBaseUrl)) {
      return res.status(400).json({ error: 'reportUrl must be under the reporting service' });
    }

    const report = await ky.get(reportUrl, { redirect: 'manual', timeout: 10000, retry: 0 }).json();
    return res.json({ rows: report.rows?.length ?? 0, generatedAt: report.generatedAt });
  } catch (err) {
    return next(err);
  }
});
