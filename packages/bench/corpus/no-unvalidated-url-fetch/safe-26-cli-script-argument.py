import argparse

import requests


def main():
    parser = argparse.ArgumentParser(description="Download a release asset")
    parser.add_argument("url")
    parser.add_argument("output")
    args = parser.parse_args()
    with requests.get(args.url, stream=True, timeout=30) as response, open(args.output, "wb") as out:
        for chunk in response.iter_content(65536):
            out.write(chunk)


if __name__ == "__main__":
    main()
