package io.parkbridge.protocol.washer.inbound;

import io.parkbridge.protocol.support.crypto.ConstantTime;
import io.parkbridge.protocol.support.crypto.Secret;
import io.parkbridge.protocol.support.inbound.InboundRequest;
import io.parkbridge.protocol.support.inbound.InboundResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The protections a deployment can turn on for the platform's calls, which are not signed:
 * a secret last path segment (the URL configured in the platform's back office ends with it)
 * and an allow-list of peer addresses (exact addresses or CIDR blocks, IPv4 or IPv6). TLS is the
 * HTTP adapter's job. Both checks are off by default; turn them on in production.
 *
 * <p>A wrong token gets 404 (the URL does not exist for a guesser), a peer outside the list 403.
 * Neither reply nor any message contains the token.
 */
public final class InboundGuard {
    private final Secret pathToken;
    private final List<Cidr> allowList;

    private InboundGuard(Secret pathToken, List<Cidr> allowList) {
        this.pathToken = pathToken;
        this.allowList = List.copyOf(allowList);
    }

    /** No protection (development, or a deployment that protects the route elsewhere). */
    public static InboundGuard none() {
        return new InboundGuard(null, List.of());
    }

    /** This guard plus: the request path's last segment must equal {@code token}. */
    public InboundGuard withPathToken(Secret token) {
        if (token.reveal().contains("/") || token.length() < 16) {
            throw new IllegalArgumentException("pathToken: expected at least 16 characters without '/'");
        }
        return new InboundGuard(token, allowList);
    }

    /**
     * This guard plus: the peer address must match one of {@code entries} ("203.0.113.7",
     * "203.0.113.0/24", "2001:db8::/32").
     */
    public InboundGuard withAllowList(List<String> entries) {
        List<Cidr> parsed = new ArrayList<>(allowList);
        for (String e : entries) {
            parsed.add(Cidr.parse(e));
        }
        return new InboundGuard(pathToken, parsed);
    }

    /** The path a route is mounted on: {@code base}, plus "/token" when a path token is set. */
    public String mountPath(String base) {
        return pathToken == null ? base : base + "/" + pathToken.reveal();
    }

    /** Empty if the request may pass, else the reply to send. */
    public Optional<InboundResponse> check(InboundRequest request) {
        if (pathToken != null) {
            String path = request.path();
            int slash = path.lastIndexOf('/');
            String last = slash < 0 ? path : path.substring(slash + 1);
            if (!ConstantTime.equals(pathToken.reveal(), last)) {
                return Optional.of(InboundResponse.text(404, "not found"));
            }
        }
        if (!allowList.isEmpty()) {
            InetAddress peer = parseAddress(request.remoteAddress());
            if (peer == null || allowList.stream().noneMatch(c -> c.contains(peer))) {
                return Optional.of(InboundResponse.text(403, "peer address not allowed"));
            }
        }
        return Optional.empty();
    }

    /** {@link #check}, then: the platform only POSTs, so any other method gets 405. */
    Optional<InboundResponse> admitPost(InboundRequest request) {
        Optional<InboundResponse> blocked = check(request);
        if (blocked.isPresent() || "POST".equals(request.method())) {
            return blocked;
        }
        return Optional.of(InboundResponse.text(405, "method: expected POST"));
    }

    /** Four decimal octets 0-255 without leading zeros: "10.1" or "010.0.0.1" are not accepted as shorthand. */
    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    private static final java.util.regex.Pattern IPV6 = java.util.regex.Pattern.compile("[0-9a-fA-F:.%]*:[0-9a-fA-F:.%]*");

    private static InetAddress parseAddress(String text) {
        // Only literals, never a DNS lookup: InetAddress.getByName resolves anything else, and hex
        // words such as "cafe" or "dead.beef" are host names to it; it also reads "10.1" as 10.0.0.1.
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** One address block. */
    record Cidr(byte[] network, int prefix) {
        static Cidr parse(String entry) {
            String e = entry.strip();
            int slash = e.indexOf('/');
            String host = slash < 0 ? e : e.substring(0, slash);
            InetAddress address = parseAddress(host);
            if (address == null) {
                throw new IllegalArgumentException("allowList: expected an IP address or CIDR block, got " + entry);
            }
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(e.substring(slash + 1));
                } catch (NumberFormatException ex) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("allowList: expected a prefix 0-" + bits + " in " + entry);
                }
            }
            return new Cidr(address.getAddress(), prefix);
        }

        boolean contains(InetAddress peer) {
            byte[] p = peer.getAddress();
            if (p.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (p[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (p[full] & mask) == (network[full] & mask);
        }
    }
}
