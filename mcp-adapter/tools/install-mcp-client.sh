#!/usr/bin/env bash
# Installs the pinned official TypeScript MCP SDK into mcp-adapter/target/tools so that
# TypeScriptClientTest (cli) can drive `atlas mcp` and `atlas serve`'s /mcp with an outside client.
# Optional: without it the test skips and says why; the Java SDK's client tests still run.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/tools
npm install --prefix target/tools --no-audit --no-fund --loglevel=error @modelcontextprotocol/sdk@1.32.2
