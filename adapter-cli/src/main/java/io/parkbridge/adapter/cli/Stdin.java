package io.parkbridge.adapter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads standard input as exact UTF-8 text. */
final class Stdin {
    private static final int MAX = 16 * 1024 * 1024;

    private Stdin() {
    }

    /** All of stdin, strict UTF-8, with one trailing newline ({@code \n} or {@code \r\n}) removed. */
    static String readText(CliContext ctx, String what) {
        byte[] bytes;
        try {
            bytes = ctx.stdin().readNBytes(MAX + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " from standard input", e);
        }
        if (bytes.length > MAX) {
            throw new UsageException(what + " on standard input: expected at most " + MAX + " bytes");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return stripOneNewline(text);
        } catch (CharacterCodingException e) {
            throw new UsageException(what + " on standard input: expected UTF-8 text");
        }
    }

    /** {@code text} without one trailing {@code \n} or {@code \r\n} (what {@code echo} and editors add). */
    static String stripOneNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        if (text.endsWith("\n")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }
}
