#!/usr/bin/env bash
# Runs every test: restores, builds, checks both migration sets against the model, then dotnet test.
# Needs Debian's chromium for the browser tests (.ci/run installs it: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")"
dotnet tool restore >/dev/null
dotnet build Chesanto.sln -c Release
dotnet ef migrations has-pending-model-changes --project Chesanto.Domain --startup-project Chesanto.Web \
  --no-build --configuration Release --context SqliteChesantoDbContext
dotnet ef migrations has-pending-model-changes --project Chesanto.Domain --startup-project Chesanto.Web \
  --no-build --configuration Release --context SqlServerChesantoDbContext -- --Database:Provider SqlServer \
  --ConnectionStrings:Chesanto "Server=unused;Database=Chesanto;TrustServerCertificate=True"
dotnet test Chesanto.sln -c Release --no-build --blame-hang-timeout 5m --logger "console;verbosity=normal" "$@"
