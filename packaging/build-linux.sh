#!/usr/bin/env bash
# Builds the Linux app image and .deb from target/akis-studio.jar with jpackage (JDK 17).
#   packaging/build-linux.sh            # builds the jar first if it is missing
# Results: target/dist/akis-studio/ (app image) and target/dist/akis-studio_1.0.0-1_amd64.deb (jpackage adds the "-1" package release)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/akis-studio.jar ]; then
  mvn -B -q package -DskipTests
fi
rm -rf target/jpackage-input target/dist
mkdir -p target/jpackage-input target/dist
cp target/akis-studio.jar target/jpackage-input/
jpackage @packaging/common.args @packaging/linux/linux.args --type app-image
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage @packaging/common.args @packaging/linux/linux.args @packaging/linux/deb.args --type deb
else
  echo "dpkg-deb or fakeroot missing: skipped the .deb (apt-get install dpkg-dev fakeroot)" >&2
fi
ls -1 target/dist
