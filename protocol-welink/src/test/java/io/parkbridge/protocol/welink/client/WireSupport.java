package io.parkbridge.protocol.welink.client;

import io.parkbridge.protocol.welink.catalog.WeLinkEndpoint;
import io.parkbridge.protocol.welink.message.Auth;
import io.parkbridge.protocol.welink.message.Bookings;
import io.parkbridge.protocol.welink.message.Coupons;
import io.parkbridge.protocol.welink.message.Info;
import io.parkbridge.protocol.welink.message.Passports;
import io.parkbridge.protocol.welink.message.Pay;
import io.parkbridge.protocol.welink.message.Space;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Canned replies and an independent signature computation for wire tests. */
final class WireSupport {
    private WireSupport() {
    }

    private static final Map<Class<?>, String> OBJECTS = Map.ofEntries(
            Map.entry(Info.RentRule.class, "{\"monthlyRent\":100,\"monthlyRent12\":1000,\"allowDiscontinuous \":\"true\"}"),
            Map.entry(Info.QrCode.class, "{\"qrCode\":\"800010\"}"),
            Map.entry(Passports.Passport.class, "{\"passportId\":\"911151314366657102\",\"name\":\"x\",\"inviteable\":0}"),
            Map.entry(Coupons.Quota.class, "{\"todayRemaining\":1,\"monthRemaining\":2,\"yearRemaining\":3}"),
            Map.entry(Coupons.Rule.class, "{\"ruleName\":\"r\",\"ruleType\":0,\"discountValue\":5}"),
            Map.entry(Auth.AuthResult.class, "{\"state\":0,\"errCode\":\"Success\"}"),
            Map.entry(Auth.ExitResult.class, "{\"state\":4,\"tradeNo\":\"1\",\"payToken\":\"t\",\"money\":\"10.5\"}"),
            Map.entry(Pay.LongRentBill.class, "{\"tradeNo\":1,\"payToken\":\"t\",\"money\":200}"),
            Map.entry(Pay.TmpRentBill.class, "{\"tradeNo\":1,\"payToken\":\"t\",\"money\":10}"),
            Map.entry(Bookings.Booking.class, "{\"bookingId\":911151314366657102,\"state\":1}"),
            Map.entry(Space.ParkingInfo.class, "{\"parkingSpaceNo\":12151107613232801,\"state\":1}"));

    /** A plausible decoded content for the endpoint's reply, or null for none. */
    static String contentFor(WeLinkEndpoint<?, ?> e) {
        return switch (e.replyShape()) {
            case NONE -> null;
            case LIST -> "[]";
            case SCALAR -> e.replyType() == Long.class ? "911151314366657102"
                    : e.replyType() == Boolean.class ? "true" : "\"800010\"";
            case OBJECT -> OBJECTS.get(e.replyType());
        };
    }

    /** A success envelope with plain content. */
    static String success(String contentJson) {
        if (contentJson == null) {
            return "{\"responseStatus\":{\"code\":\"0000\",\"message\":\"Success\"}}";
        }
        String b64 = Base64.getEncoder().encodeToString(contentJson.getBytes(StandardCharsets.UTF_8));
        return "{\"responseStatus\":{\"code\":\"0000\",\"message\":\"Success\"},"
                + "\"responseData\":{\"encryptCode\":0,\"zipCode\":0,\"content\":\"" + b64 + "\"}}";
    }

    /** Base64(HMAC-SHA1) computed here, independently of WeLinkSigner. */
    static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
