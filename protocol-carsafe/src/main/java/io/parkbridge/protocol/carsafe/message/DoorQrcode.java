package io.parkbridge.protocol.carsafe.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 10.40 获取门禁开门二维码 response. */
public record DoorQrcode(@JsonProperty("qrcode") String qrcode, @JsonProperty("desc") String desc) {
}
