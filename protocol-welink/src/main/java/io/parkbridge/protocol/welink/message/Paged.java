package io.parkbridge.protocol.welink.message;

/**
 * A request of a paged query: {@code offset} (0-based record position) and {@code length}
 * (records wanted). Replies are bare arrays with no total; the end is a page shorter than
 * {@code length}.
 *
 * @param <R> the request type itself
 */
public interface Paged<R extends Paged<R>> {
    Integer offset();

    Integer length();

    /** This request asking for another page. */
    R withPage(int offset, int length);
}
