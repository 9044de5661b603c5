#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the UI .ts files from the sources (core, app, qml). Run after adding
# or changing a user-visible string; then translate with Qt Linguist.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
for ts in translations/kotona_*.ts; do
  "$lupdate" -silent -no-obsolete -locations relative -extensions cpp,h,qml core app qml -ts "$ts"
done
