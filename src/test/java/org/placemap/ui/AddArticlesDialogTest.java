package org.placemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the add dialog says of a file the browser refuses to send (the browser test sees it on the page). */
class AddArticlesDialogTest {
    private static final long FIVE_MB = 5L * 1024 * 1024;

    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeAndTheLimitInTheLibrarysWords() {
        // 6.3 million bytes: 6.0 MB in binary units, as the library and the API write sizes
        assertThat(AddArticlesDialog.rejection("big6mb.txt", 6_300_465, "File is Too Big.", FIVE_MB))
                .isEqualTo("big6mb.txt is too large (6.0 MB); the limit is 5 MB per article.");
    }

    @Test
    void anyOtherRefusalKeepsTheComponentsReason() {
        assertThat(AddArticlesDialog.rejection("photo.jpg", 20_000, "Incorrect File Type.", FIVE_MB))
                .isEqualTo("photo.jpg: Incorrect File Type.");
    }
}
