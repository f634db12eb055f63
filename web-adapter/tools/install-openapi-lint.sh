#!/usr/bin/env bash
# Installs the pinned Redocly CLI into web-adapter/target/tools so OpenApiTest can lint the
# OpenAPI document with it. Optional: without it the test's structural checks still run.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/tools
npm install --prefix target/tools --no-audit --no-fund --loglevel=error @redocly/cli@2.77.0
