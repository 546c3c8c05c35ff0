"""Copy the web app's third-party browser assets from web/node_modules (installed by npm from
web/package.json) into the package, where `eventledger serve` finds them. Nothing is fetched at
run time and nothing copied here is committed (see .gitignore).

    python web/vendor.py        (make setup runs it after `npm ci`)
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

WEB = Path(__file__).resolve().parent
MODULES = WEB / "node_modules"
OUT = WEB.parent / "src" / "eventledger" / "serve" / "static" / "vendor"
FILES = {  # npm package -> files in it, copied flat (Leaflet's images keep their folder)
    "leaflet": ["dist/leaflet.js", "dist/leaflet.css", "dist/images"],
    "leaflet.markercluster": ["dist/leaflet.markercluster.js", "dist/MarkerCluster.css",
                              "dist/MarkerCluster.Default.css"],
    "topojson-client": ["dist/topojson-client.min.js"],
    "world-atlas": ["countries-50m.json"],
    "swagger-ui-dist": ["swagger-ui-bundle.js", "swagger-ui.css"],
}


def main() -> int:
    if not MODULES.is_dir():
        print(f"{MODULES} is missing: run `npm ci` in {WEB} first", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    versions = {}
    for package, paths in FILES.items():
        root = MODULES / package
        versions[package] = json.loads((root / "package.json").read_text())["version"]
        for rel in paths:
            src = root / rel
            dest = OUT / src.name
            if src.is_dir():
                shutil.copytree(src, dest, dirs_exist_ok=True)
            else:
                shutil.copy2(src, dest)
    (OUT / "versions.json").write_text(json.dumps(versions, indent=1) + "\n")
    print(f"copied {sum(map(len, FILES.values()))} assets of {len(FILES)} npm packages "
          f"into {OUT.relative_to(WEB.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
