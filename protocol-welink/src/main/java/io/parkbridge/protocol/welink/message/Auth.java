package io.parkbridge.protocol.welink.message;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parkbridge.core.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Section 5.7: lane authentication for unplated cars (scan a lane QR code) and doors. The
 * document prints the user field as {@code userid} for enter/exit/queryEvent/access and as
 * {@code userId} in the refreshParkingFee table; both are sent as printed (the client can
 * rename a field if the vendor disagrees) and both are accepted in replies.
 */
public final class Auth {
    private Auth() {
    }

    /** errCode inside /auth content: success. */
    public static final String SUCCESS = "Success";
    /** errCode inside /auth content: with state 7, call enter/exit again. */
    public static final String RE_AUTH = "ReAuth";

    /** 5.7.1 enter, 5.7.2 exit, 5.7.4 queryEvent, 5.7.5 access: a lane and the caller's user id. */
    public record LaneUserRequest(@NotNull Long laneId,
            @JsonProperty("userid") @JsonAlias("userId") @NotBlank @Size(max = 32) String userId) {
    }

    /** 5.7.3 /auth/refreshParkingFee (spelled userId in its table). */
    public record RefreshRequest(@NotNull Long laneId, @JsonAlias("userid") @NotBlank @Size(max = 32) String userId) {
    }

    /**
     * 5.7.1/5.7.4/5.7.5 outcome: {@code state} see {@link AuthState}; {@code license} a temporary
     * credential for an unplated car.
     */
    public record AuthResult(@NotNull Integer state, String errCode, String message, String license) {
        public AuthState stateValue() {
            return AuthState.of(state);
        }

        /** True when the reply asks to call enter/exit again (state 7 with errCode ReAuth). */
        public boolean reAuthRequested() {
            return stateValue() == AuthState.AWAITING_CAPTURE && RE_AUTH.equals(errCode);
        }
    }

    /**
     * 5.7.2 exit and 5.7.3 refresh outcome, with the bill when payment is due: payable due,
     * discount, payed already paid, money to pay; minutes billed. Refresh has no
     * startTime/endTime/minutes. Money in the client's {@link MoneyUnit}.
     */
    public record ExitResult(@NotNull Integer state, String errCode, String message, String license, Long tradeNo,
            String payToken, Money payable, Money discount, Money payed, Money money, String comment,
            String startTime, String endTime, Integer minutes) {
        public AuthState stateValue() {
            return AuthState.of(state);
        }
    }

}
