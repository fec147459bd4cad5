"""paylane.py: sign Paylane API requests and verify the gateway's signatures.

Python 3.8 or later with the `cryptography` package (pip install cryptography).

    python paylane.py METHOD PATH [JSON-BODY]
    python paylane.py GET /api/v1/payments/A1001

Environment: PAYLANE_URL (e.g. https://pay.example.com), PAYLANE_MERCHANT_ID, PAYLANE_KEY_ID,
PAYLANE_PRIVATE_KEY_FILE (your private key, PEM) and PAYLANE_PLATFORM_KEY_FILE (the platform key, PEM).
"""
import base64
import json
import os
import secrets
import sys
import time
import urllib.error
import urllib.request

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding


def canonical_string(method, path_with_query, timestamp, nonce, body):
    """The string a request signature covers: METHOD, path with query, timestamp, nonce, body, each + "\\n"."""
    return f"{method}\n{path_with_query}\n{timestamp}\n{nonce}\n{body}\n"


def authorization(merchant_id, key_id, private_key, method, path_with_query, body):
    """The Authorization header for one request; call it again for every retry (fresh timestamp and nonce)."""
    timestamp = str(int(time.time()))
    nonce = secrets.token_hex(16)  # 32 characters of [0-9a-f]
    signed = canonical_string(method, path_with_query, timestamp, nonce, body).encode("utf-8")
    signature = private_key.sign(signed, padding.PKCS1v15(), hashes.SHA256())
    return (
        "PAYLANE-RSA-SHA256 "
        f'merchant_id="{merchant_id}",key_id="{key_id}",'
        f'timestamp="{timestamp}",nonce="{nonce}",'
        f'signature="{base64.b64encode(signature).decode("ascii")}"'
    )


def verify_paylane_signature(platform_key, timestamp, nonce, signature, body):
    """True if body (the raw bytes) was signed by the platform key. For responses and notifications."""
    if not timestamp or not nonce or not signature:
        return False
    signed = f"{timestamp}\n{nonce}\n".encode("utf-8") + body + b"\n"
    try:
        platform_key.verify(base64.b64decode(signature), signed, padding.PKCS1v15(), hashes.SHA256())
        return True
    except (InvalidSignature, ValueError):
        return False


def paylane(method, path_with_query, payload=None):
    """Sends one signed request and returns (status, body) once the response signature checks out."""
    with open(os.environ["PAYLANE_PRIVATE_KEY_FILE"], "rb") as f:
        private_key = serialization.load_pem_private_key(f.read(), password=None)
    with open(os.environ["PAYLANE_PLATFORM_KEY_FILE"], "rb") as f:
        platform_key = serialization.load_pem_public_key(f.read())

    body = "" if payload is None else json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    headers = {
        "Authorization": authorization(
            os.environ["PAYLANE_MERCHANT_ID"], os.environ["PAYLANE_KEY_ID"],
            private_key, method, path_with_query, body,
        )
    }
    if body:
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(
        os.environ["PAYLANE_URL"] + path_with_query,
        data=None if method == "GET" else body.encode("utf-8"),
        headers=headers,
        method=method,
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, response_headers, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:  # 4xx and 5xx answers are signed too
        status, response_headers, raw = error.code, error.headers, error.read()

    if not verify_paylane_signature(
        platform_key,
        response_headers.get("Paylane-Timestamp"),
        response_headers.get("Paylane-Nonce"),
        response_headers.get("Paylane-Signature"),
        raw,
    ):
        raise RuntimeError(f"Paylane response signature is missing or invalid (HTTP {status})")
    text = raw.decode("utf-8")
    is_json = "json" in (response_headers.get("Content-Type") or "")
    return status, json.loads(text) if is_json else text


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else "GET"
    path = sys.argv[2] if len(sys.argv) > 2 else "/api/v1/balance"
    payload = json.loads(sys.argv[3]) if len(sys.argv) > 3 else None
    status, body = paylane(method, path, payload)
    print(status, body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, indent=2))
    sys.exit(1 if status >= 400 else 0)
