package io.parkbridge.adapter.http;

/** The route tests on the bundled JDK HTTP server. */
class JdkServerRouteTest extends RouteContract {
    @Override
    String serve(ParkBridgeServer server) {
        return "http://127.0.0.1:" + server.start();
    }

    @Override
    void stopServing() {
        // server.close() stops the listener
    }
}
