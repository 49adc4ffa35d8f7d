// pattern: @koa/router route handler catching a service failure and assigning the caught error to ctx.body; flaw at line 22
import Router from '@koa/router';
import { getReport, renderReportPdf } from '../services/reports.js';

const router = new Router({ prefix: '/reports' });

router.get('/:id/pdf', async (ctx) => {
  const report = await getReport(ctx.params.id, ctx.state.user);
  if (!report) {
    ctx.status = 404;
    ctx.body = { error: 'Report not found' };
    return;
  }

  try {
    const pdf = await renderReportPdf(report);
    ctx.type = 'application/pdf';
    ctx.body = pdf;
  } catch (err) {
    console.error('pdf rendering failed', err);
    ctx.status = 500;
    ctx.body = err;
  }
});

export default router;
