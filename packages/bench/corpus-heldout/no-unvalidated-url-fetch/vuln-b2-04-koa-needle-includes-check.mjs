// pattern: Koa Slack-notification relay using needle with a url.includes check (tomas/needle README, Slack incoming-webhook relays); flaw at line 14
import Router from '@koa/router';
import needle from 'needle';

const router = new Router();

router.post('/integrations/slack/test', async (ctx) => {
  const { webhookUrl, text = 'Test message from StatusBoard' } = ctx.request.body;

  if (!webhookUrl || !webhookUrl.includes('hooks.slack.com')) {
    ctx.throw(400, 'Please provide a Slack incoming webhook URL');
  }

  const resp = await needle('post', webhookUrl, { text }, { json: true, open_timeout: 5000 });
  ctx.body = { ok: resp.statusCode === 200, status: resp.statusCode };
});

export default router;
