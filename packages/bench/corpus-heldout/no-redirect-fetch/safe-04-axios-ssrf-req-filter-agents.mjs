// pattern: y-mehta/ssrf-req-filter README (axios with httpAgent/httpsAgent from ssrfFilter(url))
import axios from 'axios';
import ssrfFilter from 'ssrf-req-filter';

export async function fetchRemoteDocument(req, res) {
  const { documentUrl } = req.body;
  if (typeof documentUrl !== 'string') {
    return res.status(400).json({ error: 'documentUrl is required' });
  }

  try {
    const { data, headers } = await axios.get(documentUrl, {
      httpAgent: ssrfFilter(documentUrl),
      httpsAgent: ssrfFilter(documentUrl),
      responseType: 'arraybuffer',
      timeout: 20000,
      maxContentLength: 25 * 1024 * 1024,
    });
    res.set('Content-Type', headers['content-type'] || 'application/octet-stream');
    return res.send(data);
  } catch (err) {
    return res.status(502).json({ error: 'documentUrl could not be fetched' });
  }
}
