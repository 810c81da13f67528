package io.parkbridge.protocol.carsafe.codec;

import io.parkbridge.protocol.support.crypto.Secret;
import java.util.Objects;

/**
 * A request envelope ready for the wire (5.2): the {@code data} text is kept exactly as it will
 * be sent, so the signature covers the bytes on the wire.
 *
 * @param from interface user id
 * @param sign signature
 * @param nonce random number as a string
 * @param branchno car-park number (not signed; omitted when null)
 * @param timestamp {@code yyyy-MM-dd HH:mm:ss}
 * @param dataJson compact JSON text of data
 * @param queryFormat paging, or null
 */
public record CarsafeEnvelope(String from, String sign, String nonce, String branchno, String timestamp,
        String dataJson, QueryFormat queryFormat) {

    public CarsafeEnvelope {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(dataJson, "dataJson");
    }

    /** Builds and signs an envelope. */
    public static CarsafeEnvelope signed(Secret key, String from, String nonce, String branchno, String timestamp,
            String dataJson, QueryFormat queryFormat) {
        String sign = CarsafeSigner.sign(key, from, timestamp, nonce, dataJson);
        return new CarsafeEnvelope(from, sign, nonce, branchno, timestamp, dataJson, queryFormat);
    }

    /**
     * The body, in the field order of the document's example:
     * {@code {"from":..,"sign":..,"nonce":..,"branchno":..,"timestamp":..,"data":..,"queryFormat":..}}.
     */
    public String toJson() {
        StringBuilder b = new StringBuilder(dataJson.length() + 160);
        b.append("{\"from\":").append(CarsafeJson.quote(from))
                .append(",\"sign\":").append(CarsafeJson.quote(sign))
                .append(",\"nonce\":").append(CarsafeJson.quote(nonce));
        if (branchno != null) {
            b.append(",\"branchno\":").append(CarsafeJson.quote(branchno));
        }
        b.append(",\"timestamp\":").append(CarsafeJson.quote(timestamp))
                .append(",\"data\":").append(dataJson)
                .append(",\"queryFormat\":").append(queryFormat == null ? "null" : queryFormat.toJson())
                .append('}');
        return b.toString();
    }

    @Override
    public String toString() {
        return "CarsafeEnvelope[from=" + from + ", nonce=" + nonce + ", branchno=" + branchno + ", timestamp="
                + timestamp + ", data=" + dataJson.length() + " chars]";
    }
}
