package io.parkbridge.protocol.carsafe.catalogue;

/** How an interface's body is framed on the wire. */
public enum EnvelopeKind {
    /** Chapter 5: signed {from, sign, nonce, branchno, timestamp, data, queryFormat}; reply {status, message, code, ...}. */
    STANDARD,
    /** Only the data JSON is sent and the reply is the partner's own JSON (11.8-11.23, 11.26-11.27, 11.32-11.36, 10.53). */
    BARE,
    /** 6.2.3: unsigned JSON; reply {status "success"/"fail", errorCode, time}. */
    VERIFY_REQUEST,
    /** 10.6/10.7: Alipay pages, form parameters in, HTML out. */
    ALIPAY_PAGE,
    /** 10.54: unsigned JSON record; reply {status, message}. */
    STATUS_MESSAGE
}
