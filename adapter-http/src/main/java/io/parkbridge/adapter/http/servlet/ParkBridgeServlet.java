package io.parkbridge.adapter.http.servlet;

import io.parkbridge.adapter.http.server.RequestPipeline;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mounts the same {@link RequestPipeline} (vendor routes, health, metrics, admin) in any Jakarta
 * Servlet 6 container: Tomcat, Jetty, Spring Boot. Map it to {@code /*} (or a prefix such as
 * {@code /parkbridge/*}: route paths are matched below the mapping). The container's own
 * thread pool, timeouts and connection limits apply; the body limit is enforced here.
 */
public final class ParkBridgeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient RequestPipeline pipeline;

    public ParkBridgeServlet(RequestPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        String prefix = req.getContextPath() + req.getServletPath();
        String path = uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri;
        if (path.isEmpty()) {
            path = "/";
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
        }
        String remote = req.getRemoteAddr();
        InboundRequest head = new InboundRequest(req.getMethod(), path, req.getQueryString(), headers, null, remote);
        long declared = req.getContentLengthLong();
        if (declared > pipeline.maxBodyBytes()) {
            write(resp, pipeline.tooLarge(head));
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) pipeline.maxBodyBytes() + 1);
        }
        if (body.length > pipeline.maxBodyBytes()) {
            write(resp, pipeline.tooLarge(head));
            return;
        }
        write(resp, pipeline.handle(new InboundRequest(req.getMethod(), path, req.getQueryString(), headers, body,
                remote)));
    }

    private static void write(HttpServletResponse resp, InboundResponse r) throws IOException {
        resp.setStatus(r.status());
        r.headers().forEach(resp::setHeader);
        byte[] body = r.body();
        resp.setContentLength(body.length);
        if (body.length > 0) {
            resp.getOutputStream().write(body);
        }
    }
}
