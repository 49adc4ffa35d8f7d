import json
import os

CONFIG_DIR = "/etc/myapp"


def load(name: str) -> dict:
    with open(os.path.join(CONFIG_DIR, f"{name}.json")) as fh:
        return json.load(fh)
