package io.parkbridge.adapter.http;

import io.parkbridge.adapter.http.servlet.ParkBridgeServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** How a test serves a {@link ParkBridgeServer}: the bundled JDK listener or the servlet under Jetty 12. */
public interface Serving {
    /** Starts serving; returns the base URL the routes are under. */
    String start(ParkBridgeServer server) throws Exception;

    void stop() throws Exception;

    /** The bundled JDK HTTP server. */
    static Serving jdk() {
        return new Serving() {
            @Override
            public String start(ParkBridgeServer server) {
                return "http://127.0.0.1:" + server.start();
            }

            @Override
            public void stop() {
                // ParkBridgeServer.close() stops the listener
            }
        };
    }

    /** {@link ParkBridgeServlet} in embedded Jetty 12, mapped under {@code contextPath}. */
    static Serving jetty(String contextPath) {
        return new Serving() {
            private Server jetty;

            @Override
            public String start(ParkBridgeServer server) throws Exception {
                jetty = new Server();
                ServerConnector connector = new ServerConnector(jetty);
                connector.setHost("127.0.0.1");
                connector.setPort(0);
                jetty.addConnector(connector);
                ServletContextHandler context = new ServletContextHandler();
                context.setContextPath(contextPath);
                context.addServlet(new ServletHolder(new ParkBridgeServlet(server.startWithoutListener())), "/*");
                jetty.setHandler(context);
                jetty.start();
                return "http://127.0.0.1:" + connector.getLocalPort() + (contextPath.equals("/") ? "" : contextPath);
            }

            @Override
            public void stop() throws Exception {
                if (jetty != null) {
                    jetty.stop();
                }
            }
        };
    }
}
