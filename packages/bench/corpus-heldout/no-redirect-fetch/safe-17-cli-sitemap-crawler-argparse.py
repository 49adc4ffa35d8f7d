# pattern: command-line crawler script taking the start URL from argparse and fetching with requests (no web request reaches it)
#!/usr/bin/env python3
"""Crawl a sitemap and report broken links."""
import argparse
import sys
import xml.etree.ElementTree as ET

import requests

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sitemap_url")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args(argv)

    resp = requests.get(args.sitemap_url, timeout=args.timeout)
    resp.raise_for_status()
    root = ET.fromstring(resp.content)
    broken = 0
    for loc in root.findall("sm:url/sm:loc", NS):
        page = requests.get(loc.text, timeout=args.timeout)
        if page.status_code >= 400:
            broken += 1
            print(f"{page.status_code} {loc.text}")
    print(f"{broken} broken link(s)", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
