package io.parkbridge.protocol.welink.sim;

/** A simulated WeLink refusal: a responseStatus code, optionally with an errCode. */
public final class SimulatedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String errCode;

    public SimulatedFailure(String code, String errCode, String message) {
        super(message, null, false, false);
        this.code = code;
        this.errCode = errCode;
    }

    /** 0001: a missing or invalid parameter. */
    public static SimulatedFailure invalid(String message) {
        return new SimulatedFailure("0001", null, message);
    }

    /** 9999 with a business errCode. */
    public static SimulatedFailure business(String errCode, String message) {
        return new SimulatedFailure("9999", errCode, message);
    }

    /** 0006: the operation failed. */
    public static SimulatedFailure failed(String message) {
        return new SimulatedFailure("0006", null, message);
    }

    public String code() {
        return code;
    }

    public String errCode() {
        return errCode;
    }
}
