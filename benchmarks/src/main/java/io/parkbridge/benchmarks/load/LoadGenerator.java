package io.parkbridge.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A small closed-loop HTTP/1.1 load generator: {@code connections} keep-alive sockets to
 * 127.0.0.1, each sending the next request as soon as the previous reply is read. Stops after
 * {@code maxRequests} or {@code maxTime}, whichever comes first. A raw socket client keeps the
 * generator's own cost small and equal for every target (it shares the 2 cores with the server).
 */
public final class LoadGenerator {
    /** What one run measured. Latencies in nanoseconds. */
    public record Result(long ok, long failed, double seconds, long[] sortedLatencies) {
        public double requestsPerSecond() {
            return ok / seconds;
        }

        public double percentileMillis(double p) {
            if (sortedLatencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(sortedLatencies.length - 1, Math.ceil(p / 100.0 * sortedLatencies.length) - 1);
            return sortedLatencies[Math.max(0, i)] / 1e6;
        }
    }

    private final int port;
    private final int connections;

    public LoadGenerator(int port, int connections) {
        this.port = port;
        this.connections = connections;
    }

    /**
     * Sends requests built by {@code request} (given a sequence number unique within this run
     * and {@code sequenceBase}) and counts a reply as OK when its status is 200 and its body
     * contains {@code okMarker}.
     */
    public Result run(long sequenceBase, long maxRequests, long maxMillis, LongFunction<byte[]> request,
            String okMarker) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + maxMillis * 1_000_000L;
        List<long[]> perThread = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        byte[] marker = okMarker.getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            long[] lat = new long[(int) Math.min(Integer.MAX_VALUE - 8, maxRequests)];
            int[] n = new int[1];
            perThread.add(lat);
            counts.add(n);
            Thread t = new Thread(() -> {
                Connection conn = null;
                while (System.nanoTime() < deadline) {
                    long seq = next.getAndIncrement();
                    if (seq >= maxRequests) {
                        break;
                    }
                    byte[] bytes = request.apply(sequenceBase + seq);
                    long t0 = System.nanoTime();
                    try {
                        if (conn == null) {
                            conn = new Connection(port);
                        }
                        Reply reply = conn.exchange(bytes);
                        long took = System.nanoTime() - t0;
                        if (reply.status == 200 && contains(reply.body, marker)) {
                            ok.incrementAndGet();
                            lat[n[0]++] = took;
                        } else {
                            failed.incrementAndGet();
                        }
                        if (reply.close) {
                            conn.close();
                            conn = null;
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        if (conn != null) {
                            conn.close();
                        }
                        conn = null;
                    }
                }
                if (conn != null) {
                    conn.close();
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (int[] n : counts) {
            total += n[0];
        }
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < perThread.size(); i++) {
            System.arraycopy(perThread.get(i), 0, all, at, counts.get(i)[0]);
            at += counts.get(i)[0];
        }
        Arrays.sort(all);
        return new Result(ok.get(), failed.get(), seconds, all);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private record Reply(int status, byte[] body, boolean close) {
    }

    /** One keep-alive connection; replies must carry Content-Length (both servers send it). */
    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        }

        Reply exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("bad status line");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean close = false;
            for (String h; !(h = line()).isEmpty(); ) {
                int colon = h.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(value);
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    close = true;
                }
            }
            if (length < 0) {
                throw new IOException("reply without Content-Length");
            }
            byte[] body = in.readNBytes(length);
            if (body.length != length) {
                throw new IOException("reply body cut short");
            }
            return new Reply(status, body, close);
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int b; (b = in.read()) != -1; ) {
                if (b == '\n') {
                    int len = sb.length();
                    return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
                }
                sb.append((char) b);
            }
            throw new IOException("connection closed");
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
