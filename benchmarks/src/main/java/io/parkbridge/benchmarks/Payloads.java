package io.parkbridge.benchmarks;

/** The payloads every codec benchmark and its baseline share. */
public final class Payloads {
    /** A WeLink SecretKey of the documented shape (32 characters). */
    public static final String WELINK_SECRET = "27a06832a2214a4fa3b7105e4a72d370";
    public static final String WELINK_APP_ID = "289efb7512e54146273b982456b03f42ea93";

    private Payloads() {
    }

    /**
     * A WeLink business JSON of about 1.3 KB: one page of 8 pass records, the size of a typical
     * query reply.
     */
    public static String welinkJson() {
        StringBuilder sb = new StringBuilder("{\"offset\":0,\"length\":8,\"list\":[");
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":").append(100_000 + i).append(",\"plateNumber\":\"粤B1234").append(i)
                    .append("\",\"userName\":\"张三").append(i).append("\",\"mobile\":\"1380013800").append(i)
                    .append("\",\"startTime\":\"2026-03-01 00:00:00\",\"endTime\":\"2026-03-31 23:59:59\"")
                    .append(",\"areaIds\":\"1,2\",\"fee\":\"300.00\"}");
        }
        return sb.append("]}").toString();
    }

    /** A Carsafe entry report's data, compact, as signed. */
    public static final String CARSAFE_DATA = "{\"CarNo\":\"粤B12345\",\"InTime\":\"2026-03-02 09:15:00\","
            + "\"ChannelName\":\"East gate in\",\"OrderNo\":\"20260302091500001\",\"CarType\":\"temporary\"}";
}
