package org.placemap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The library's part of readiness: not ready while it opens, ready once open, down when it failed. */
class LibraryHealthTest {

    @Test
    void outOfServiceWhileOpeningUpWhenOpenDownWithTheReasonWhenRestoringFailed() {
        assertThat(LibraryHealth.of(new CompletableFuture<>()).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(LibraryHealth.of(CompletableFuture.completedFuture(null)).getStatus()).isEqualTo(Status.UP);
        var down = LibraryHealth.of(CompletableFuture.failedFuture(new IllegalStateException("disk gone")));
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails().toString()).contains("disk gone");
    }
}
