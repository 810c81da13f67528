package io.parkbridge.protocol.welink.client;

import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.welink.message.Paged;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Walks an offset/length query page by page. WeLink returns bare arrays without a total, so
 * the last page is the first one shorter than the requested length (or empty). A full page equal
 * to the previous one means the server ignored {@code offset}: that is an error, not a loop.
 */
final class PageIterator<Q extends Paged<Q>, X> implements Iterator<X> {
    private final Function<Q, List<X>> fetch;
    private Q next;
    private Iterator<X> page = List.<X>of().iterator();
    private List<X> previousFullPage;

    PageIterator(Function<Q, List<X>> fetch, Q first) {
        if (first.offset() == null || first.offset() < 0 || first.length() == null || first.length() < 1) {
            throw new IllegalArgumentException("offset/length: expected offset >= 0 and length >= 1");
        }
        this.fetch = fetch;
        this.next = first;
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && next != null) {
            Q current = next;
            List<X> rows = fetch.apply(current);
            int length = current.length();
            if (rows.size() >= length && rows.equals(previousFullPage)) {
                // A server that ignores offset would otherwise be walked forever.
                throw new MalformedMessageException("welink", "offset",
                        "a different page at offset " + current.offset() + ", got the previous page again", null);
            }
            previousFullPage = rows.size() >= length ? rows : null;
            next = rows.size() < length ? null : current.withPage(Math.addExact(current.offset(), length), length);
            page = rows.iterator();
        }
        return page.hasNext();
    }

    @Override
    public X next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }
}
