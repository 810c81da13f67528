package io.parkbridge.adapter.http;

import io.parkbridge.adapter.http.servlet.ParkBridgeServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The same route tests with the servlet adapter under embedded Jetty 12 (mounted below /pb). */
class JettyServletRouteTest extends RouteContract {
    private Server jetty;

    @Override
    String serve(ParkBridgeServer server) throws Exception {
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/pb");
        context.addServlet(new ServletHolder(new ParkBridgeServlet(server.startWithoutListener())), "/*");
        jetty.setHandler(context);
        jetty.start();
        return "http://127.0.0.1:" + connector.getLocalPort() + "/pb";
    }

    @Override
    void stopServing() throws Exception {
        jetty.stop();
    }
}
