"""Writes chips:import / models:import bodies that widen the seeded catalog to N entries each.

The /matrix benchmark needs 100 models and 100 chips; the catalog seeds 21 and 36. The extra
entries are copies of seeded ones under new slugs ("<slug>-bench-<i>"), so every figure in them is
a real, sourced figure; they exist only in the benchmark's throwaway database.
"""
import json
import sys
import urllib.request

catalog, kind, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
READ_ONLY = {"version", "createdAt", "updatedAt"}

with urllib.request.urlopen(f"{catalog}/api/v1/{kind}?size=500") as response:
    page = json.load(response)
seeded = page["items"] if isinstance(page, dict) else page
entries = []
i = 0
while len(seeded) + len(entries) < count:
    original = seeded[i % len(seeded)]
    copy = {k: v for k, v in original.items() if k not in READ_ONLY}
    copy["slug"] = f"{original['slug']}-bench-{i}"
    copy["name"] = f"{original['name']} (bench copy {i})"
    entries.append(copy)
    i += 1
json.dump(entries, sys.stdout)
