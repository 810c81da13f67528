package io.parkbridge.protocol.washer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the washer platform's wiki pages (copied into test resources) the way a reader would. */
public final class WikiPages {
    private static final Pattern URL = Pattern.compile("https://SERVER_URL(/api/open/v1/[A-Za-z0-9/]+)");

    private WikiPages() {
    }

    public static String read(String page) {
        try (InputStream in = WikiPages.class.getResourceAsStream("/specs/washer-platform/" + page)) {
            if (in == null) {
                throw new IllegalArgumentException("no page " + page);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every page file name. */
    public static List<String> all() {
        try {
            Path dir = Paths.get(WikiPages.class.getResource("/specs/washer-platform/README.md").toURI()).getParent();
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).sorted().toList();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request URL path of a page, if it documents an endpoint. */
    public static Optional<String> path(String text) {
        Matcher m = URL.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The parameter names of the first table after {@code heading}. */
    public static List<String> tableNames(String text, String heading) {
        int at = text.indexOf(heading);
        if (at < 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        boolean inTable = false;
        for (String line : text.substring(at + heading.length()).split("\n")) {
            String t = line.strip();
            if (t.startsWith("|")) {
                inTable = true;
                String name = t.substring(1, t.indexOf('|', 1)).strip();
                if (!name.isEmpty() && !name.startsWith(":") && !name.equals("Parameter name") && !name.equals("Field")) {
                    names.add(name);
                }
            } else if (inTable) {
                break;
            }
        }
        return names;
    }

    /** The first code block after {@code marker}. */
    public static String block(String text, String marker) {
        int at = text.indexOf(marker);
        int open = text.indexOf("```", at);
        int start = text.indexOf('\n', open) + 1;
        int close = text.indexOf("```", start);
        return text.substring(start, close);
    }
}
