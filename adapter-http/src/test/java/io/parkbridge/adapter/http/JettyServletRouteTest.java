package io.parkbridge.adapter.http;

/** The same route tests with the servlet adapter under embedded Jetty 12 (mounted below /pb). */
class JettyServletRouteTest extends RouteContract {
    private final Serving serving = Serving.jetty("/pb");

    @Override
    String serve(ParkBridgeServer server) throws Exception {
        return serving.start(server);
    }

    @Override
    void stopServing() throws Exception {
        serving.stop();
    }
}
