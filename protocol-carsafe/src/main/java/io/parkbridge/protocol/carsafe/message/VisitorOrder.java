package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 10.3 / 10.56 response: the visitor's QR code and order number. */
public record VisitorOrder(@JsonProperty("qrcode") String qrcode, @JsonProperty("orderNo") String orderNo) {
}
