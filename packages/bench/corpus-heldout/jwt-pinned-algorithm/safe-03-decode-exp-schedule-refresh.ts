// pattern: jsonwebtoken decode() of an upstream client-credentials token to schedule its refresh
import jwt from 'jsonwebtoken';
import axios from 'axios';

const TOKEN_URL = process.env.PARTNER_TOKEN_URL as string;
const REFRESH_MARGIN_MS = 60_000;

export class PartnerTokenProvider {
  private accessToken: string | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;

  async getToken(): Promise<string> {
    if (!this.accessToken) {
      await this.refresh();
    }
    return this.accessToken as string;
  }

  private async refresh(): Promise<void> {
    const { data } = await axios.post(
      TOKEN_URL,
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: process.env.PARTNER_CLIENT_ID as string,
        client_secret: process.env.PARTNER_CLIENT_SECRET as string,
      }),
      { timeout: 5000 },
    );
    this.accessToken = data.access_token;
    this.scheduleRefresh(data.access_token);
  }

  private scheduleRefresh(token: string): void {
    const decoded = jwt.decode(token) as { exp?: number } | null;
    const expiresAt = decoded?.exp ? decoded.exp * 1000 : Date.now() + 5 * 60_000;
    const delay = Math.max(expiresAt - Date.now() - REFRESH_MARGIN_MS, 5_000);

    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refresh().catch(() => {
        this.accessToken = null;
      });
    }, delay);
    this.refreshTimer.unref();
  }
}

export const partnerTokens = new PartnerTokenProvider();
