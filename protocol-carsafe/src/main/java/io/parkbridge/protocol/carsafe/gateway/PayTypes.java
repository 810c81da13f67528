package io.parkbridge.protocol.carsafe.gateway;

import java.util.Locale;
import java.util.Map;

/** Maps the core's payment method names onto Chean PayType codes (catalogue 3.1); unknown = 10 third party. */
public final class PayTypes {
    private static final Map<String, String> CODES = Map.of("cash", "2", "stored-value", "3", "unionpay", "4",
            "alipay", "5", "wechat", "7", "third-party", "10");

    private PayTypes() {
    }

    public static String code(String method) {
        if (method == null) {
            return "10";
        }
        String m = method.strip().toLowerCase(Locale.ROOT);
        if (m.matches("-?\\d+")) {
            return m; // already a PayType code
        }
        return CODES.getOrDefault(m, "10");
    }
}
