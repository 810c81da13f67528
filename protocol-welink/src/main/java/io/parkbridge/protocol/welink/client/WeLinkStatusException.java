package io.parkbridge.protocol.welink.client;

import io.parkbridge.protocol.support.error.VendorBusinessException;

/**
 * WeLink answered with a non-success {@code responseStatus.code} and no errCode that is not an
 * authentication failure: 0001 invalid parameter, 0006 system error / operation failed, 9999
 * failure, or an unlisted code. (0002-0005 raise
 * {@link io.parkbridge.protocol.support.error.AuthenticationException} with the code.)
 */
public final class WeLinkStatusException extends VendorBusinessException {
    private static final long serialVersionUID = 1L;

    private final WeLinkResponseCode status;

    public WeLinkStatusException(String code, String message) {
        super("welink", code, message);
        this.status = WeLinkResponseCode.of(code);
    }

    /** The typed code to switch on. */
    public WeLinkResponseCode status() {
        return status;
    }
}
