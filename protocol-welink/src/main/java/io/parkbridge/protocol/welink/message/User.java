package io.parkbridge.protocol.welink.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Section 5.1: single sign-on into the WeLink web systems. */
public final class User {
    private User() {
    }

    /**
     * 5.1.1 /user/login. The reply is a relative URL to prefix with the WeLink domain.
     *
     * @param userId the user's id in the caller's system
     * @param userName display name
     * @param role see {@link Role}
     * @param state target system: {@code admin}, {@code monitor} or {@code query}
     */
    public record LoginRequest(@NotNull Long userId, @NotBlank @Size(max = 50) String userName, @NotNull Integer role,
            @NotBlank @Size(max = 20) String state) {
    }
}
