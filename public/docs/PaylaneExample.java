// PaylaneExample.java: sign Paylane API requests and verify the gateway's signatures with the JDK alone.
// Java 11 or later:
//
//   java PaylaneExample.java METHOD PATH [JSON-BODY]
//   java PaylaneExample.java GET /api/v1/payments/A1001
//
// Environment: PAYLANE_URL (e.g. https://pay.example.com), PAYLANE_MERCHANT_ID, PAYLANE_KEY_ID,
// PAYLANE_PRIVATE_KEY_FILE (your private key, PKCS#8 PEM "BEGIN PRIVATE KEY") and
// PAYLANE_PLATFORM_KEY_FILE (the platform key, PEM "BEGIN PUBLIC KEY").
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;

public final class PaylaneExample {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** The string a request signature covers: METHOD, path with query, timestamp, nonce, body, each + "\n". */
    static String canonicalString(String method, String pathWithQuery, String timestamp, String nonce, String body) {
        return method + "\n" + pathWithQuery + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
    }

    /** The Authorization header for one request; call it again for every retry (fresh timestamp and nonce). */
    static String authorization(String merchantId, String keyId, PrivateKey privateKey,
            String method, String pathWithQuery, String body) throws GeneralSecurityException {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        StringBuilder nonce = new StringBuilder(); // 32 characters of [0-9a-f]
        for (byte b : random) {
            nonce.append(String.format("%02x", b));
        }
        Signature signer = Signature.getInstance("SHA256withRSA"); // RSASSA-PKCS1-v1_5
        signer.initSign(privateKey);
        signer.update(canonicalString(method, pathWithQuery, timestamp, nonce.toString(), body)
                .getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        return "PAYLANE-RSA-SHA256 merchant_id=\"" + merchantId + "\",key_id=\"" + keyId
                + "\",timestamp=\"" + timestamp + "\",nonce=\"" + nonce + "\",signature=\"" + signature + "\"";
    }

    /** True if body (the raw bytes) was signed by the platform key. For responses and notifications. */
    static boolean verifyPaylaneSignature(PublicKey platformKey, String timestamp, String nonce,
            String signature, byte[] body) throws GeneralSecurityException {
        if (timestamp == null || nonce == null || signature == null) {
            return false;
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.writeBytes((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8));
        signed.writeBytes(body);
        signed.write('\n');
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(platformKey);
        verifier.update(signed.toByteArray());
        try {
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | java.security.SignatureException e) {
            return false;
        }
    }

    static byte[] pem(Path file, String type) throws Exception {
        String text = Files.readString(file);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException(file + " is not a PEM " + type
                    + " (convert a PKCS#1 key with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem)");
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    static PrivateKey privateKey(Path file) throws Exception {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem(file, "PRIVATE KEY")));
    }

    static PublicKey publicKey(Path file) throws Exception {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pem(file, "PUBLIC KEY")));
    }

    public static void main(String[] args) throws Exception {
        String method = args.length > 0 ? args[0] : "GET";
        String pathWithQuery = args.length > 1 ? args[1] : "/api/v1/balance";
        String body = args.length > 2 ? args[2] : ""; // the exact JSON text you sign is the text you send
        PrivateKey privateKey = privateKey(Path.of(System.getenv("PAYLANE_PRIVATE_KEY_FILE")));
        PublicKey platformKey = publicKey(Path.of(System.getenv("PAYLANE_PLATFORM_KEY_FILE")));

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(System.getenv("PAYLANE_URL") + pathWithQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization(System.getenv("PAYLANE_MERCHANT_ID"),
                        System.getenv("PAYLANE_KEY_ID"), privateKey, method, pathWithQuery, body));
        if (body.isEmpty()) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());

        boolean valid = verifyPaylaneSignature(platformKey,
                response.headers().firstValue("Paylane-Timestamp").orElse(null),
                response.headers().firstValue("Paylane-Nonce").orElse(null),
                response.headers().firstValue("Paylane-Signature").orElse(null),
                response.body());
        if (!valid) {
            throw new SecurityException("Paylane response signature is missing or invalid (HTTP "
                    + response.statusCode() + ")");
        }
        System.out.write((response.statusCode() + " ").getBytes(StandardCharsets.UTF_8));
        System.out.write(response.body()); // the bytes as received (UTF-8), whatever the console's charset
        System.out.println();
        System.exit(response.statusCode() >= 400 ? 1 : 0);
    }
}
