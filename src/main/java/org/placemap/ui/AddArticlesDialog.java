package org.placemap.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.placemap.library.AddResult;
import org.placemap.library.ArticleLibrary;
import org.placemap.library.ArticleRecord;
import org.placemap.library.ArticleRejectedException;
import org.placemap.library.LibraryBusyException;
import org.placemap.library.LibraryFullException;
import org.placemap.library.NewArticle;

/**
 * Adds articles by pasting text or uploading files (several at once). Each article is queued and parsed
 * in the background by the application's small parsing pool while a progress bar runs; every outcome (added, already there,
 * refused and why) is listed in the dialog. The map updates itself through the library's change
 * listener, so the new places appear without a reload.
 */
class AddArticlesDialog extends Dialog {
    private final java.util.function.BooleanSupplier canWrite;

    private final ArticleLibrary library;
    private final Executor executor;
    private final TextField title = new TextField("Title (optional)");
    private final TextField url = new TextField("Source URL (optional)");
    private final DatePicker date = new DatePicker("Published (optional)");
    private final TextArea text = new TextArea("Article text");
    private final Button add = new Button("Add article");
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div results = new Div();
    private Consumer<ArticleRecord> onAdded = r -> {};
    private int pending;
    private int done;

    AddArticlesDialog(ArticleLibrary library, Executor executor, java.util.function.BooleanSupplier canWrite) {
        this.canWrite = canWrite;
        this.library = library;
        this.executor = executor;
        setHeaderTitle("Add articles");
        setId("add-dialog");
        setWidth("min(44rem, 96vw)");

        title.setWidthFull();
        title.setId("add-title");
        url.setWidthFull();
        url.setId("add-url");
        url.setPlaceholder("https://…");
        date.setId("add-date");
        DateFields.isoFirst(date);
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setMaxHeight("40vh");
        text.setId("add-text");
        text.setPlaceholder("Paste the article here: the first line is taken as its title unless one is given above.");
        add.setId("add-submit");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addPasted());

        long max = library.maxArticleBytes();
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String name = metadata.fileName();
            String type = metadata.contentType();
            // runs outside the session lock: hand over to the UI thread, then to the background
            getUI().ifPresent(ui -> ui.access(() -> submit(name, () -> NewArticle.ofFile(name, type, data, max), () -> {},
                    refusal -> markUploadRefused(name, refusal))));
        }));
        upload.setId("add-upload");
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setMaxFiles(50);
        upload.setDropLabel(new Span("Drop .txt, .md or .html files here (up to " + megabytes(max) + " each)"));
        // the browser refuses a file before sending it (too large, not a text type): say why, with both sizes as the
        // library does for a pasted article, rather than the component's bare "File is Too Big."
        upload.getElement().addEventListener("file-reject", e -> {
            var data = e.getEventData();
            String name = data.get("event.detail.file.name").asString();
            long size = (long) data.get("event.detail.file.size").asDouble();
            outcome("✗", rejection(name, size, data.get("event.detail.error").asString(), max), "pm-add-error");
            text.setInvalid(false);
        }).addEventData("event.detail.file.name").addEventData("event.detail.file.size").addEventData("event.detail.error");
        // the paste box's "Paste the article's text first." is about the paste: gone once text is there
        text.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                text.setInvalid(false);
            }
        });

        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("add-progress");
        progressText.addClassName("pm-excerpt-meta");
        progressText.setId("add-progress-text");
        results.setId("add-results");
        results.addClassName("pm-add-results");
        results.getElement().setAttribute("aria-live", "polite");

        Div meta = new Div(title, url, date);
        meta.addClassName("pm-add-meta");
        add(new H3("Paste an article"), meta, text, add, new H3("Or upload files"), upload, progress, progressText,
                results);
        Button close = new Button("Close", e -> close());
        close.setId("add-close");
        getFooter().add(close);
    }

    /** Called on the UI thread for each article added (not for duplicates or refusals). */
    void onAdded(Consumer<ArticleRecord> listener) {
        this.onAdded = listener;
    }

    private void addPasted() {
        String body = text.getValue();
        if (body == null || body.isBlank()) {
            text.setInvalid(true);
            text.setErrorMessage("Paste the article's text first.");
            return;
        }
        text.setInvalid(false);
        NewArticle article = new NewArticle(blankToNull(title.getValue()), blankToNull(url.getValue()), date.getValue(),
                body, null, NewArticle.Format.TEXT);
        String label = article.title() != null ? article.title() : firstLine(body);
        // the fields are cleared once the article is in the library (added or already there); a refusal
        // (bad URL, too large) leaves them as they are, so nothing the user pasted is lost
        submit(label, () -> article, () -> {
            if (body.equals(text.getValue())) {
                title.clear();
                url.clear();
                date.clear();
                text.clear();
            }
        }, refusal -> {});
    }

    /** What to add, or a refusal before the library sees it (an upload that is not UTF-8 text). */
    @FunctionalInterface
    private interface Source {
        NewArticle get() throws ArticleRejectedException;
    }

    /** Queues one article for parsing in the background; called on the UI thread. */
    private void submit(String label, Source source, Runnable whenStored, java.util.function.Consumer<String> whenRefused) {
        UI ui = UI.getCurrent();
        if (!canWrite.getAsBoolean()) {
            // checked again here, with the session's login, not only when the button was shown
            outcome("✗", label + ": not added, your account may not change the library.", "pm-add-error");
            whenRefused.accept("your account may not change the library");
            return;
        }
        pending++;
        showProgress();
        executor.execute(() -> {
            String mark;
            String message;
            String style;
            ArticleRecord added = null;
            boolean stored = false;
            try {
                AddResult result = library.add(source.get());
                ArticleRecord r = result.article();
                stored = true;
                if (result.duplicate()) {
                    mark = "=";
                    message = label + ": already in the library as “" + r.title() + "”";
                    style = "pm-add-duplicate";
                } else if (r.status() == ArticleRecord.Status.FAILED) {
                    mark = "!";
                    message = "“" + r.title() + "” was stored, but parsing failed: " + r.failureReason();
                    style = "pm-add-error";
                } else {
                    added = r;
                    mark = "✓";
                    message = "Added “" + r.title() + "”: " + r.placeCount() + (r.placeCount() == 1 ? " place" : " places")
                            + ", " + r.claimCount() + (r.claimCount() == 1 ? " distance claim" : " distance claims");
                    style = "pm-add-ok";
                }
            } catch (ArticleRejectedException e) {
                mark = "✗";
                message = e.getMessage();
                style = "pm-add-error";
            } catch (LibraryBusyException | LibraryFullException e) {
                mark = "✗";
                message = label + ": not added, " + e.getMessage();
                style = "pm-add-error";
            } catch (RuntimeException | Error e) {
                // a database failure, or even running out of memory on a huge file: say so, and never
                // leave the progress bar waiting for an answer that will not come
                mark = "✗";
                message = label + ": could not be added (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                style = "pm-add-error";
            }
            boolean accepted = stored;
            ArticleRecord record = added;
            String m = mark;
            String msg = message;
            String st = style;
            ui.access(() -> {
                pending--;
                done++;
                outcome(m, msg, st);
                showProgress();
                if (accepted) {
                    whenStored.run();
                }
                if (!m.equals("✓") && !m.equals("=")) {
                    whenRefused.accept(msg);
                }
                if (record != null) {
                    onAdded.accept(record);
                }
            });
        });
    }

    /**
     * The upload's own file list shows a file as complete once its bytes have arrived; when the library then
     * refuses it (not UTF-8 text, too large, a failed parse), the list marks it as failed, with the reason,
     * so that no ✓ stands beside a refused file.
     */
    private void markUploadRefused(String fileName, String reason) {
        upload.getElement().executeJs("const f = (this.files || []).find(x => x.name === $0);"
                + " if (f) { f.error = $1; f.complete = false; f.status = ''; this.files = [...this.files]; }",
                fileName, reason);
    }

    private void showProgress() {
        progress.setVisible(pending > 0);
        progressText.setText(pending > 0 ? "Parsing… " + done + " done, " + pending + " to go" : done > 0 ? "All done." : "");
    }

    private void outcome(String mark, String message, String style) {
        Paragraph line = new Paragraph(mark + " " + message); // user input and file names: text only
        line.addClassName("pm-add-outcome");
        line.addClassName(style);
        results.addComponentAsFirst(line);
    }

    /**
     * Why the browser refused to send a file: too large ("big.txt is too large (6 MB); the limit is 5 MB per article.",
     * the library's own wording), or the component's reason (a file type not accepted).
     */
    static String rejection(String fileName, long size, String error, long maxBytes) {
        if (size > maxBytes) {
            return fileName + " is too large (" + ArticleLibrary.formatSize(size) + "); the limit is "
                    + ArticleLibrary.formatSize(maxBytes) + " per article.";
        }
        return fileName + ": " + error;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 77) + "…" : line;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1_048_576.0);
    }

    TextArea text() {
        return text;
    }

    TextField titleField() {
        return title;
    }

    Button addButton() {
        return add;
    }

    Div results() {
        return results;
    }

    int pending() {
        return pending;
    }
}
