package io.parkbridge.protocol.welink.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.error.MalformedMessageException;
import io.parkbridge.protocol.welink.message.Blacklist;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageIteratorTest {
    private static List<Integer> walk(int total, int length, List<Integer> offsets) {
        List<Integer> out = new ArrayList<>();
        new PageIterator<Blacklist.QueryRequest, Integer>(q -> {
            offsets.add(q.offset());
            return IntStream.range(q.offset(), Math.min(total, q.offset() + q.length())).boxed().toList();
        }, new Blacklist.QueryRequest("k", 0, length)).forEachRemaining(out::add);
        return out;
    }

    @Test
    void walksUntilAShortPage() {
        List<Integer> offsets = new ArrayList<>();
        assertThat(walk(7, 3, offsets)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(offsets).containsExactly(0, 3, 6);
    }

    @Test
    void anExactMultipleCostsOneEmptyPage() {
        List<Integer> offsets = new ArrayList<>();
        assertThat(walk(6, 3, offsets)).hasSize(6);
        assertThat(offsets).containsExactly(0, 3, 6);
        List<Integer> none = new ArrayList<>();
        assertThat(walk(0, 3, none)).isEmpty();
        assertThat(none).containsExactly(0);
    }

    @Test
    void aServerIgnoringOffsetIsAnErrorNotALoop() {
        PageIterator<Blacklist.QueryRequest, Integer> it = new PageIterator<>(q -> List.of(1, 2),
                new Blacklist.QueryRequest(null, 0, 2));
        assertThatThrownBy(() -> it.forEachRemaining(x -> { })).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("offset");
    }

    @Test
    void badPagingIsRejectedUpFront() {
        assertThatThrownBy(() -> new PageIterator<Blacklist.QueryRequest, Integer>(q -> List.of(),
                new Blacklist.QueryRequest(null, 0, 0))).hasMessageContaining("length");
    }
}
