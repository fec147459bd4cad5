<?php
// paylane.php: sign Paylane API requests and verify the gateway's signatures.
// PHP 7.4 or later with the openssl and curl extensions.
//
//   php paylane.php METHOD PATH [JSON-BODY]
//   php paylane.php GET /api/v1/payments/A1001
//
// Environment: PAYLANE_URL (e.g. https://pay.example.com), PAYLANE_MERCHANT_ID, PAYLANE_KEY_ID,
// PAYLANE_PRIVATE_KEY_FILE (your private key, PEM) and PAYLANE_PLATFORM_KEY_FILE (the platform key, PEM).

/** The string a request signature covers: METHOD, path with query, timestamp, nonce, body, each + "\n". */
function paylane_canonical_string(string $method, string $pathWithQuery, string $timestamp, string $nonce, string $body): string
{
    return $method . "\n" . $pathWithQuery . "\n" . $timestamp . "\n" . $nonce . "\n" . $body . "\n";
}

/** The Authorization header for one request; call it again for every retry (fresh timestamp and nonce). */
function paylane_authorization(string $merchantId, string $keyId, $privateKey, string $method, string $pathWithQuery, string $body): string
{
    $timestamp = (string) time();
    $nonce = bin2hex(random_bytes(16)); // 32 characters of [0-9a-f]
    $signed = paylane_canonical_string($method, $pathWithQuery, $timestamp, $nonce, $body);
    if (!openssl_sign($signed, $signature, $privateKey, OPENSSL_ALGO_SHA256)) { // RSASSA-PKCS1-v1_5
        throw new RuntimeException('openssl_sign failed: ' . openssl_error_string());
    }
    return sprintf(
        'PAYLANE-RSA-SHA256 merchant_id="%s",key_id="%s",timestamp="%s",nonce="%s",signature="%s"',
        $merchantId, $keyId, $timestamp, $nonce, base64_encode($signature)
    );
}

/** True if $body (the raw bytes) was signed by the platform key. For responses and notifications. */
function paylane_verify($platformKey, ?string $timestamp, ?string $nonce, ?string $signature, string $body): bool
{
    if ($timestamp === null || $timestamp === '' || $nonce === null || $nonce === '' || $signature === null) {
        return false;
    }
    $raw = base64_decode($signature, true);
    if ($raw === false) {
        return false;
    }
    return openssl_verify($timestamp . "\n" . $nonce . "\n" . $body . "\n", $raw, $platformKey, OPENSSL_ALGO_SHA256) === 1;
}

/** Sends one signed request and returns [status, body] once the response signature checks out. */
function paylane_request(string $method, string $pathWithQuery, $payload = null): array
{
    $privateKey = openssl_pkey_get_private(file_get_contents(getenv('PAYLANE_PRIVATE_KEY_FILE')));
    $platformKey = openssl_pkey_get_public(file_get_contents(getenv('PAYLANE_PLATFORM_KEY_FILE')));
    if ($privateKey === false || $platformKey === false) {
        throw new RuntimeException('cannot read the keys: ' . openssl_error_string());
    }
    // Sign exactly the bytes you send. JSON objects must stay objects: an empty metadata is new stdClass(), not [].
    $body = $payload === null ? '' : json_encode($payload, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    $headers = ['Authorization: ' . paylane_authorization(
        getenv('PAYLANE_MERCHANT_ID'), getenv('PAYLANE_KEY_ID'), $privateKey, $method, $pathWithQuery, $body
    )];
    if ($body !== '') {
        $headers[] = 'Content-Type: application/json';
    }

    $responseHeaders = [];
    $ch = curl_init(getenv('PAYLANE_URL') . $pathWithQuery);
    curl_setopt_array($ch, [
        CURLOPT_CUSTOMREQUEST => $method,
        CURLOPT_HTTPHEADER => $headers,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 30,
        CURLOPT_HEADERFUNCTION => function ($ch, string $line) use (&$responseHeaders): int {
            $parts = explode(':', $line, 2);
            if (count($parts) === 2) {
                $responseHeaders[strtolower(trim($parts[0]))] = trim($parts[1]);
            }
            return strlen($line);
        },
    ]);
    if ($method !== 'GET') {
        curl_setopt($ch, CURLOPT_POSTFIELDS, $body);
    }
    $raw = curl_exec($ch);
    if ($raw === false) {
        throw new RuntimeException('request failed: ' . curl_error($ch));
    }
    $status = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);

    $valid = paylane_verify(
        $platformKey,
        $responseHeaders['paylane-timestamp'] ?? null,
        $responseHeaders['paylane-nonce'] ?? null,
        $responseHeaders['paylane-signature'] ?? null,
        $raw
    );
    if (!$valid) {
        throw new RuntimeException("Paylane response signature is missing or invalid (HTTP $status)");
    }
    $isJson = strpos($responseHeaders['content-type'] ?? '', 'json') !== false;
    return [$status, $isJson ? json_decode($raw, true, 512, JSON_THROW_ON_ERROR) : $raw];
}

if (PHP_SAPI === 'cli' && realpath($argv[0]) === __FILE__) {
    $payload = isset($argv[3]) ? json_decode($argv[3], false, 512, JSON_THROW_ON_ERROR) : null; // objects stay objects
    [$status, $body] = paylane_request($argv[1] ?? 'GET', $argv[2] ?? '/api/v1/balance', $payload);
    echo $status, ' ', is_string($body) ? $body : json_encode($body, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE), "\n";
    exit($status >= 400 ? 1 : 0);
}
