package io.parkbridge.adapter.http.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.parkbridge.protocol.bluecard.inbound.BluecardApplication;
import io.parkbridge.protocol.carsafe.inbound.CarsafeResponder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The user's answers to vendor questions that need application logic, handed to the vendor
 * routes: Bluecard's {@link BluecardApplication} (pre-exit fee, QR/face-to-face/lane payments,
 * gate decisions) and Carsafe's per-interface {@link CarsafeResponder}s and 6.2.3 payment
 * verifier. Whatever is not supplied keeps the protocol module's safe default. Set through
 * {@code ParkBridgeServer.Builder}.
 *
 * @param bluecard Bluecard's application, or empty for the module's default
 * @param carsafeResponders Carsafe interface number (e.g. "11.12") to responder
 * @param carsafePaymentVerifier 6.2.3 verifier, or empty for the module's default (accept)
 */
public record VendorApplications(Optional<BluecardApplication> bluecard, Map<String, CarsafeResponder> carsafeResponders,
        Optional<Predicate<JsonNode>> carsafePaymentVerifier) {

    public VendorApplications {
        Objects.requireNonNull(bluecard, "bluecard");
        carsafeResponders = Map.copyOf(carsafeResponders);
        Objects.requireNonNull(carsafePaymentVerifier, "carsafePaymentVerifier");
    }

    /** Nothing supplied: every vendor module answers with its defaults. */
    public static VendorApplications none() {
        return new VendorApplications(Optional.empty(), Map.of(), Optional.empty());
    }

    /**
     * The one {@link BluecardApplication} registered with {@link java.util.ServiceLoader} in
     * {@code loader} ({@code META-INF/services/io.parkbridge.protocol.bluecard.inbound.BluecardApplication}),
     * if any.
     *
     * @throws IllegalStateException naming them when more than one is registered
     */
    public static Optional<BluecardApplication> discoverBluecard(ClassLoader loader) {
        java.util.List<BluecardApplication> found = new java.util.ArrayList<>();
        java.util.ServiceLoader.load(BluecardApplication.class, loader).forEach(found::add);
        if (found.size() > 1) {
            throw new IllegalStateException("BluecardApplication: expected at most one registered with ServiceLoader, found "
                    + found.stream().map(a -> a.getClass().getName()).toList());
        }
        return found.stream().findFirst();
    }

    /** Collects the applications; each setter replaces an earlier value. */
    public static final class Builder {
        private BluecardApplication bluecard;
        private final Map<String, CarsafeResponder> carsafeResponders = new LinkedHashMap<>();
        private Predicate<JsonNode> carsafePaymentVerifier;

        public Builder bluecard(BluecardApplication application) {
            this.bluecard = Objects.requireNonNull(application, "application");
            return this;
        }

        /** Whether a Bluecard application was supplied. */
        public boolean hasBluecard() {
            return bluecard != null;
        }

        public Builder carsafeResponder(String number, CarsafeResponder responder) {
            carsafeResponders.put(Objects.requireNonNull(number, "number"), Objects.requireNonNull(responder, "responder"));
            return this;
        }

        public Builder carsafePaymentVerifier(Predicate<JsonNode> verifier) {
            this.carsafePaymentVerifier = Objects.requireNonNull(verifier, "verifier");
            return this;
        }

        public VendorApplications build() {
            return new VendorApplications(Optional.ofNullable(bluecard), carsafeResponders,
                    Optional.ofNullable(carsafePaymentVerifier));
        }
    }
}
