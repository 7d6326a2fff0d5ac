#!/bin/sh
# Use /config/regwatch.toml when it is mounted and REGWATCH_CONFIG is not set.
if [ -z "${REGWATCH_CONFIG:-}" ] && [ -f /config/regwatch.toml ]; then
    export REGWATCH_CONFIG=/config/regwatch.toml
fi
exec "$@"
