package io.parkbridge.protocol.welink.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parkbridge.protocol.support.crypto.Redactor;
import io.parkbridge.protocol.support.error.AuthenticationException;
import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.support.error.TransportException;
import io.parkbridge.protocol.support.http.HttpReply;
import io.parkbridge.protocol.support.json.JsonMappers;
import io.parkbridge.protocol.support.validation.MessageValidator;
import io.parkbridge.protocol.welink.catalog.ReplyShape;
import io.parkbridge.protocol.welink.catalog.WeLinkEndpoint;
import io.parkbridge.protocol.welink.codec.ContentCodec;
import io.parkbridge.protocol.welink.codec.ContentFlags;
import io.parkbridge.protocol.welink.codec.ResponseEnvelope;
import java.util.List;

/** Turns an HTTP reply into the endpoint's typed result or a typed exception. */
final class ReplyDecoder {
    static final String VENDOR = "welink";

    private final ObjectMapper mapper;
    private final ContentCodec codec;
    private final Redactor redactor;

    ReplyDecoder(ObjectMapper mapper, ContentCodec codec, Redactor redactor) {
        this.mapper = mapper;
        this.codec = codec;
        this.redactor = redactor;
    }

    <R> R decode(WeLinkEndpoint<?, R> endpoint, HttpReply reply) {
        ResponseEnvelope envelope = envelope(endpoint, reply);
        ResponseEnvelope.Status status = envelope.responseStatus();
        if (status == null || status.code() == null || status.code().isBlank()) {
            throw new MalformedMessageException(VENDOR, "responseStatus.code", "a response code such as 0000", null);
        }
        String code = status.code().strip();
        String message = redactor.redact(status.message() == null ? "" : status.message());
        if (!ResponseEnvelope.SUCCESS.equals(code)) {
            throw failure(code, message, status.errCode());
        }
        ResponseEnvelope.Data data = envelope.responseData();
        String json = data == null ? "" : codec.decode(data.content(), flags(data));
        return read(endpoint, json.strip());
    }

    static RuntimeException failure(String code, String message, String errCode) {
        if (errCode != null && !errCode.isBlank()) {
            return new WeLinkBusinessException(code, errCode.strip(), message);
        }
        WeLinkResponseCode typed = WeLinkResponseCode.of(code);
        if (typed.isAuthentication()) {
            return new AuthenticationException(VENDOR, code, typed.name().toLowerCase().replace('_', ' ')
                    + (message.isEmpty() ? "" : ": " + message));
        }
        return new WeLinkStatusException(code, message);
    }

    private ResponseEnvelope envelope(WeLinkEndpoint<?, ?> endpoint, HttpReply reply) {
        ResponseEnvelope envelope = null;
        try {
            envelope = JsonMappers.strict().readValue(reply.body(), ResponseEnvelope.class);
        } catch (java.io.IOException e) {
            if (reply.isSuccessful()) {
                throw new MalformedMessageException(VENDOR, "", "a JSON response envelope from " + endpoint.fullPath()
                        + " (HTTP " + reply.status() + ")", null);
            }
        }
        if (!reply.isSuccessful() && (envelope == null || envelope.responseStatus() == null)) {
            throw new TransportException(VENDOR, "HTTP " + reply.status() + " from " + endpoint.fullPath()
                    + " without a WeLink envelope", reply.status(), null);
        }
        if (envelope == null) {
            throw new MalformedMessageException(VENDOR, "", "a JSON response envelope, got nothing", null);
        }
        return envelope;
    }

    private static ContentFlags flags(ResponseEnvelope.Data data) {
        check("responseData.encryptCode", data.encryptCode());
        check("responseData.zipCode", data.zipCode());
        return data.flags();
    }

    private static void check(String field, Integer flag) {
        if (flag != null && flag != 0 && flag != 1) {
            throw new MalformedMessageException(VENDOR, field, "0 or 1, got " + flag, null);
        }
    }

    @SuppressWarnings("unchecked")
    private <R> R read(WeLinkEndpoint<?, R> endpoint, String json) {
        ReplyShape shape = endpoint.replyShape();
        try {
            switch (shape) {
                case NONE:
                    return null;
                case LIST: {
                    if (json.isEmpty()) {
                        return (R) List.of();
                    }
                    JavaType type = mapper.getTypeFactory().constructCollectionType(List.class, endpoint.replyType());
                    List<?> list = mapper.readValue(json, type);
                    if (list == null) {
                        return (R) List.of();
                    }
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) == null) {
                            throw new MalformedMessageException(VENDOR, "content[" + i + "]", "an element, got null",
                                    null);
                        }
                        validate(list.get(i));
                    }
                    return (R) List.copyOf(list);
                }
                case SCALAR: {
                    if (json.isEmpty()) {
                        throw new MalformedMessageException(VENDOR, "content", "a " + simple(endpoint) + " value from "
                                + endpoint.fullPath() + ", got nothing", null);
                    }
                    if (endpoint.replyType() == String.class && !json.startsWith("\"")) {
                        // A bare text content (the login URL) or a number (the invitation code).
                        return (R) (json.startsWith("{") || json.startsWith("[") ? fail(endpoint) : json);
                    }
                    Object value = mapper.readValue(json, endpoint.replyType());
                    if (value == null) {
                        throw new MalformedMessageException(VENDOR, "content", "a " + simple(endpoint) + ", got null",
                                null);
                    }
                    return (R) value;
                }
                case OBJECT:
                default: {
                    if (json.isEmpty()) {
                        throw new MalformedMessageException(VENDOR, "content", "a JSON object from "
                                + endpoint.fullPath() + ", got nothing", null);
                    }
                    Object value = mapper.readValue(json, endpoint.replyType());
                    if (value == null) {
                        throw new MalformedMessageException(VENDOR, "content", "a JSON object, got null", null);
                    }
                    return (R) validate(value);
                }
            }
        } catch (JsonProcessingException e) {
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPathReference() : "";
            throw new MalformedMessageException(VENDOR, "content" + (path.isEmpty() ? "" : " " + path),
                    "the " + endpoint.fullPath() + " reply as " + shape.name().toLowerCase() + " of "
                            + simple(endpoint), null); // no value: it may be personal data
        }
    }

    private static Object fail(WeLinkEndpoint<?, ?> endpoint) {
        throw new MalformedMessageException(VENDOR, "content", "a text value from " + endpoint.fullPath(), null);
    }

    private static Object validate(Object value) {
        if (value instanceof Record) {
            MessageValidator.requireValid(VENDOR, value);
        }
        return value;
    }

    private static String simple(WeLinkEndpoint<?, ?> endpoint) {
        return endpoint.replyType().getSimpleName();
    }
}
