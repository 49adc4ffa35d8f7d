# pattern: command-line link checker using requests.get on URLs from argparse / a sitemap file (standalone sitemap and dead-link checker scripts)
import argparse
import sys
import xml.etree.ElementTree as ET

import requests

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def load_urls(sitemap_url: str) -> list[str]:
    resp = requests.get(sitemap_url, timeout=15)
    resp.raise_for_status()
    root = ET.fromstring(resp.content)
    return [loc.text.strip() for loc in root.findall(".//sm:loc", NS) if loc.text]


def check(url: str) -> int:
    try:
        return requests.get(url, timeout=10).status_code
    except requests.RequestException:
        return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="Report broken links listed in a sitemap.")
    parser.add_argument("sitemap", help="URL of sitemap.xml")
    args = parser.parse_args()

    broken = 0
    for url in load_urls(args.sitemap):
        code = check(url)
        if code == 0 or code >= 400:
            broken += 1
            print(f"{code or 'ERR'}\t{url}")
    print(f"{broken} broken link(s)", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
