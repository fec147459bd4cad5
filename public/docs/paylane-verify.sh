#!/usr/bin/env bash
# Verifies the Paylane-Signature of a gateway response (or of a notification you received).
#
#   usage: paylane-verify.sh HEADERS-FILE BODY-FILE
#   e.g.:  curl ... -D headers.txt -o response.json && paylane-verify.sh headers.txt response.json
#
# Environment: PAYLANE_PLATFORM_KEY_FILE, the platform public key (PEM) from the dashboard or from
# GET /api/v1/platform-key. Prints "Verified OK" and exits 0 only if the body is signed by that key.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: paylane-verify.sh HEADERS-FILE BODY-FILE" >&2
  exit 2
fi
headers_file=$1
body_file=$2
platform_key=${PAYLANE_PLATFORM_KEY_FILE:?set PAYLANE_PLATFORM_KEY_FILE to the platform public key file}

# The last value of a header (names are case-insensitive), without spaces or the trailing CR.
header() {
  grep -i "^$1:" "$headers_file" | tail -n 1 | cut -d: -f2- | tr -d ' \r' || true
}
timestamp=$(header Paylane-Timestamp)
nonce=$(header Paylane-Nonce)
signature=$(header Paylane-Signature)
if [ -z "$timestamp" ] || [ -z "$nonce" ] || [ -z "$signature" ]; then
  echo "paylane-verify: the response is not signed" >&2
  exit 1
fi

signature_file=$(mktemp)
trap 'rm -f "$signature_file"' EXIT
printf '%s' "$signature" | base64 -d >"$signature_file"

# Signed string: TIMESTAMP \n NONCE \n BODY \n, verified with the platform key.
{
  printf '%s\n%s\n' "$timestamp" "$nonce"
  cat -- "$body_file"
  printf '\n'
} | openssl dgst -sha256 -verify "$platform_key" -signature "$signature_file"
