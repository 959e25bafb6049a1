"""Create the failure notification of automations/daily-briefing-failed.yaml on the Prefect
server of PREFECT_API_URL: the webhook saved as a notification block, the automation pointing at it.

    python scripts/failure_automation.py --webhook URL [--block dutch-brief-failures]

Prints the automation's id. Running it again replaces the block's URL and adds no second automation.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "automations" / "daily-briefing-failed.yaml"


def create(webhook: str, block_name: str = "dutch-brief-failures") -> str:
    from prefect.automations import Automation
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    block = CustomWebhookNotificationBlock(
        name="dutch-brief",
        url=webhook,
        json_data={"text": "{{subject}}: {{body}}", "subject": "{{subject}}", "body": "{{body}}"},
    )
    block_id = block.save(block_name, overwrite=True)
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    for action in spec["actions"]:
        action["block_document_id"] = str(block_id)
    try:
        existing = Automation.read(name=spec["name"])
    except ValueError:
        existing = None
    if existing is not None:
        existing.delete()
    return str(Automation.model_validate(spec).create().id)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--webhook", required=True, help="URL that receives a JSON POST {text, subject, body}")
    parser.add_argument("--block", default="dutch-brief-failures", help="name of the notification block")
    args = parser.parse_args()
    print(create(args.webhook, args.block))
    return 0


if __name__ == "__main__":
    sys.exit(main())
