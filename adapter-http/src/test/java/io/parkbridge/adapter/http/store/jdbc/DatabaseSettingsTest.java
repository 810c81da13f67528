package io.parkbridge.adapter.http.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.protocol.support.crypto.Secret;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
    @Test
    void aRejectedUrlNeverCarriesItsPasswordWhateverItsCase() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://h/db?user=u&Password=hunter2", null, null, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database.url: expected")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    void toStringShowsNeitherThePasswordNorOneInTheUrl() {
        DatabaseSettings s = new DatabaseSettings("jdbc:postgresql://h/db?PASSWORD=hunter2", "u",
                Secret.of("hunter3"), null, 1);
        assertThat(s.toString()).doesNotContain("hunter2").doesNotContain("hunter3").contains("password=****");
    }
}
