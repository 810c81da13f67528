package io.parkbridge.adapter.http.delivery;

/** Computed independently: printf '%s' '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec-test-0123456789 */
final class OpenSslVector {
    static final String HEX = "ba8ec7f38c4e076a99176a1bf98ae9f2f3f4e18412b46a5913ddcf5685932c6a";

    private OpenSslVector() {
    }
}
