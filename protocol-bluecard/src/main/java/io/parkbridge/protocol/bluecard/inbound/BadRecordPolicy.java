package io.parkbridge.protocol.bluecard.inbound;

/**
 * What to answer a batch push (4.2, 4.3, 4.15, 4.21, 4.31, 4.32) in which some records are
 * valid and some are not. The document has no per-record reply: Bluecard resends the whole batch
 * when the answer is a failure (4.2/4.3: 3 sends, then every 5 minutes). Either way the valid
 * records are stored first and a resend of them is acknowledged as a duplicate.
 */
public enum BadRecordPolicy {
    /**
     * Default. Store the valid records, store each invalid one as a
     * {@code VendorNotice} of type {@code rejected-record} (raw JSON and reason, for an operator),
     * and answer {@code success}. A malformed record does not become valid by being resent, so a
     * failure would only make Bluecard resend the batch every 5 minutes forever.
     */
    QUARANTINE_AND_ACKNOWLEDGE,
    /**
     * Store the valid records and answer {@code fail} naming the bad record, so Bluecard keeps
     * resending the batch (its valid records are then acknowledged as duplicates). Use when the
     * vendor side is expected to correct records.
     */
    REJECT_BATCH
}
