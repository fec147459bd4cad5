#!/usr/bin/env bash
# Prints the Authorization header of one Paylane merchant API request.
#
#   usage: paylane-sign.sh METHOD PATH [BODY-FILE]
#   e.g.:  paylane-sign.sh POST /api/v1/payments payment.json
#          paylane-sign.sh GET /api/v1/payments/A1001
#
# Environment: PAYLANE_MERCHANT_ID, PAYLANE_KEY_ID, and PAYLANE_PRIVATE_KEY_FILE (your RSA private key, PEM).
# PATH is the path and query exactly as sent. Send BODY-FILE byte for byte: curl --data-binary @BODY-FILE
# (not -d, which strips newlines). Every call makes a fresh timestamp and nonce, so sign every request anew.
# PAYLANE_TIMESTAMP and PAYLANE_NONCE override the current time and the random nonce (for tests only).
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: paylane-sign.sh METHOD PATH [BODY-FILE]" >&2
  exit 2
fi
method=$1
path_and_query=$2
body_file=${3:-/dev/null}
merchant_id=${PAYLANE_MERCHANT_ID:?set PAYLANE_MERCHANT_ID}
key_id=${PAYLANE_KEY_ID:?set PAYLANE_KEY_ID}
private_key=${PAYLANE_PRIVATE_KEY_FILE:?set PAYLANE_PRIVATE_KEY_FILE to your private key file}
timestamp=${PAYLANE_TIMESTAMP:-$(date +%s)}
nonce=${PAYLANE_NONCE:-$(openssl rand -hex 16)}

# Canonical string: METHOD \n PATH \n TIMESTAMP \n NONCE \n BODY \n, signed with RSA PKCS#1 v1.5 + SHA-256.
signature=$(
  {
    printf '%s\n%s\n%s\n%s\n' "$method" "$path_and_query" "$timestamp" "$nonce"
    cat -- "$body_file"
    printf '\n'
  } | openssl dgst -sha256 -sign "$private_key" | base64 -w0
)

printf 'Authorization: PAYLANE-RSA-SHA256 merchant_id="%s",key_id="%s",timestamp="%s",nonce="%s",signature="%s"\n' \
  "$merchant_id" "$key_id" "$timestamp" "$nonce" "$signature"
