package io.parkbridge.adapter.http.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parkbridge.core.port.Inbox;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the inbox's group commit does when the database fails and when it is closed. */
class GroupCommitTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseFailureFailsEveryRequestOfTheGroup() {
        Database db = TestDatabases.h2(dir);
        GroupCommit writer = new GroupCommit(db, RepositoryContract.CLOCK, List.of("java"));
        db.close(); // every connection attempt now fails: not the rows' fault

        List<CompletableFuture<Inbox.Acceptance>> outcomes = writer.commitTogether(
                List.of(RepositoryContract.row("a"), RepositoryContract.row("b"), RepositoryContract.row("c")));

        assertThat(outcomes).allSatisfy(f -> assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(java.sql.SQLException.class));
    }

    @Test
    void aStoreThatCannotCommitThrowsAndIsNotAcknowledged() {
        Database db = TestDatabases.h2(dir);
        JdbcInbox inbox = new JdbcInbox(db, RepositoryContract.CLOCK, List.of());
        assertThat(inbox.accept(RepositoryContract.message("first"))).isEqualTo(Inbox.Acceptance.ACCEPTED);
        db.close();

        assertThatThrownBy(() -> inbox.accept(RepositoryContract.message("second")))
                .isInstanceOf(StoreException.class);
        inbox.close();
    }

    @Test
    void afterCloseAcceptStillCommitsBeforeItReturns() {
        try (Database db = TestDatabases.h2(dir)) {
            JdbcInbox inbox = new JdbcInbox(db, RepositoryContract.CLOCK, List.of("java"));
            assertThat(inbox.accept(RepositoryContract.message("k1"))).isEqualTo(Inbox.Acceptance.ACCEPTED);
            inbox.close();
            inbox.close(); // idempotent

            assertThat(inbox.accept(RepositoryContract.message("k2"))).isEqualTo(Inbox.Acceptance.ACCEPTED);
            assertThat(inbox.accept(RepositoryContract.message("k1"))).isEqualTo(Inbox.Acceptance.DUPLICATE);
            assertThat(inbox.count()).isEqualTo(2);
        }
    }
}
