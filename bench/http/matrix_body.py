"""Prints a /matrix request body: the first M models, C chips and D destinations the gateway knows."""
import json
import sys
import urllib.request

gateway, m, c, d = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
DESTINATIONS = (
    "CN US DE FR GB JP KR IN BR RU SA AE SG MY VN TH ID PH AU NZ CA MX AR CL ZA EG NG KE IL TR "
    "PL NL BE SE NO FI DK ES IT PT CH AT CZ HU RO UA BY KZ PK IR MO HK TW"
).split()


def slugs(kind):
    with urllib.request.urlopen(f"{gateway}/api/v1/{kind}") as response:
        page = json.load(response)
    items = page["items"] if isinstance(page, dict) else page
    return sorted(item["slug"] for item in items)


body = {
    "models": slugs("models")[:m],
    "chips": slugs("chips")[:c],
    "destinations": DESTINATIONS[:d],
    "asOf": "2026-11-22",
}
assert len(body["models"]) == m and len(body["chips"]) == c, "catalog too small"
json.dump(body, sys.stdout)
