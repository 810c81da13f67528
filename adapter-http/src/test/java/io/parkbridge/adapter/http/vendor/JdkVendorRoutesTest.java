package io.parkbridge.adapter.http.vendor;

import io.parkbridge.adapter.http.Serving;

class JdkVendorRoutesTest extends VendorRoutesContract {
    private final Serving serving = Serving.jdk();

    @Override
    Serving serving() {
        return serving;
    }
}
