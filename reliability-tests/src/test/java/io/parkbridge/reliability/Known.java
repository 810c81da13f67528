package io.parkbridge.reliability;

import io.parkbridge.protocol.support.crypto.Secret;
import java.util.List;

/**
 * The known secrets and card numbers every test runs with, so the secrets test can search logs
 * and exception messages for them. Distinctive values: a match is never a coincidence.
 */
final class Known {
    static final String BLUECARD_PARK = "p-rel-001";
    static final Secret BLUECARD_KEY = Secret.of("BCkey-Zq7Vx2Lm9Rt4");
    static final Secret CARSAFE_KEY = Secret.of("CSkey-Hy3Pw8Nd5Kc1");
    static final Secret WASHER_TOKEN = Secret.of("WTtoken-Gf6Jb2Xs9Ue4");
    static final Secret WELINK_SECRET = Secret.of("WLsecret-Ma4Tq8Re2Wn6Yp0Zk3Lc7Vb1");
    static final Secret WEBHOOK_SECRET = Secret.of("WHsecret-Du5Oi3Ar8Ge2");
    static final String CARSAFE_FROM = "UT";
    /** Card numbers (16-19 digits) that must only ever appear masked. */
    static final List<String> CARDS = List.of("6222021234567890123", "6217003810026677452", "4392250012345678");

    private Known() {
    }

    static List<String> secretTexts() {
        return List.of(BLUECARD_KEY.reveal(), CARSAFE_KEY.reveal(), WASHER_TOKEN.reveal(), WELINK_SECRET.reveal(),
                WEBHOOK_SECRET.reveal());
    }
}
