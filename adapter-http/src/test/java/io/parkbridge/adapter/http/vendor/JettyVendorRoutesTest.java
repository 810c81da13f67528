package io.parkbridge.adapter.http.vendor;

import io.parkbridge.adapter.http.Serving;

/** The vendor route tests through the servlet adapter under Jetty 12, mounted at the root. */
class JettyVendorRoutesTest extends VendorRoutesContract {
    private final Serving serving = Serving.jetty("/");

    @Override
    Serving serving() {
        return serving;
    }
}
