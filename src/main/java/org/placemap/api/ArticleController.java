package org.placemap.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.placemap.api.ApiJson.ArticleDetailJson;
import org.placemap.api.ApiJson.ArticleJson;
import org.placemap.library.AddResult;
import org.placemap.library.ArticleLibrary;
import org.placemap.library.ArticleRejectedException;
import org.placemap.library.NewArticle;
import org.placemap.library.StoredArticle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import com.fasterxml.jackson.annotation.JsonAlias;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * {@code /api/articles}: list, read, add and delete articles.
 *
 * <p>Adding answers 201 Created with a Location header and the parsed article. The same text sent again
 * is not stored twice: the answer is 200 OK with the earlier article, its Location, and
 * {@code "duplicate": true} (not 409: the client's goal, the text being in the library, is met, and it
 * gets the id without a second request). Rejections: 400 empty text, malformed JSON or metadata; 413 over
 * {@code placemap.max-article-bytes}; 415 a content type other than text/plain, text/markdown, text/html
 * or application/json, or a body that is binary or not UTF-8.
 */
@RestController
@RequestMapping("/api/articles")
@Tag(name = "articles", description = "The article library")
class ArticleController {
    /** Room for the JSON around the text and for escapes ({@code \n}, {@code \"}) in it. */
    private static final long JSON_OVERHEAD_BYTES = 1024 * 1024;

    private final ArticleLibrary library;
    private final JsonMapper json;

    ArticleController(ArticleLibrary library, JsonMapper json) {
        this.library = library;
        this.json = strict(json);
    }

    /**
     * The application's mapper, reading only what the client meant: a string field takes a JSON string
     * and nothing else (no number, boolean, array or object turned into text), and a field given twice is
     * an error rather than the last one winning.
     */
    static JsonMapper strict(JsonMapper json) {
        return json.rebuild()
                // a field the request does not take is refused, not dropped: a date sent under another name was lost
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .withCoercionConfig(LogicalType.Textual, config -> {
                    for (CoercionInputShape shape : CoercionInputShape.values()) {
                        if (shape != CoercionInputShape.String && shape != CoercionInputShape.EmptyString) {
                            config.setCoercion(shape, CoercionAction.Fail);
                        }
                    }
                })
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every stored article, newest first (without text)")
    List<ArticleJson> list() {
        return library.articles().stream().map(ArticleJson::of).toList();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One article with its text, place mentions and distance claims")
    @ApiResponse(responseCode = "404", description = "No such article")
    ArticleDetailJson get(@PathVariable String id) {
        return ArticleDetailJson.of(find(id), null);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an article with its mentions and claims")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such article")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!library.delete(id)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No article with id " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/reparse", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Parse a stored article again with the current parser and gazetteer, replacing its "
            + "mentions and claims (e.g. a failed article after an upgrade); readers' corrections stand, and "
            + "\"disagreements\" lists where the parser now reads a corrected name otherwise")
    @ApiResponse(responseCode = "404", description = "No such article")
    ArticleDetailJson reparse(@PathVariable String id) {
        String key = library.reparse(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No article with id " + id + "."))
                .id();
        return ArticleDetailJson.of(find(key), null, library.corrections().disagreements(key));
    }

    /** The JSON body of a POST. */
    record NewArticleJson(
            @Schema(description = "optional; taken from the text when missing") String title,
            @Schema(description = "optional http(s) URL of the original; also accepted as \"sourceUrl\", the name the "
                    + "answers use") @JsonAlias("sourceUrl") String url,
            @Schema(description = "optional publication date, YYYY-MM-DD; also accepted as \"publishedDate\", the name "
                    + "the answers use") @JsonAlias("publishedDate") String date,
            @Schema(description = "the article", requiredMode = Schema.RequiredMode.REQUIRED) String text,
            @Schema(description = "text (default), markdown or html") String format) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an article given as JSON; answers with the parsed article",
            requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = NewArticleJson.class))))
    @ApiResponse(responseCode = "201", description = "Added and parsed")
    @ApiResponse(responseCode = "200", description = "The same text was already stored: the earlier article, duplicate=true")
    @ApiResponse(responseCode = "400", description = "Empty text, malformed JSON, a field that is not a string, "
            + "a field twice, a field it does not take, text that is not valid Unicode, bad date or URL")
    @ApiResponse(responseCode = "413", description = "Larger than placemap.max-article-bytes")
    @ApiResponse(responseCode = "415", description = "Unsupported content type, or not UTF-8 text")
    ResponseEntity<ArticleDetailJson> addJson(@Parameter(hidden = true) HttpServletRequest request) throws IOException {
        byte[] body = read(request, library.maxArticleBytes() + JSON_OVERHEAD_BYTES);
        NewArticleJson in;
        try {
            in = json.readValue(body, NewArticleJson.class);
        } catch (JacksonException e) {
            throw notReadable(e);
        }
        if (in == null || in.text() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The JSON has no \"text\".");
        }
        unicode("text", in.text());
        unicode("title", in.title());
        unicode("url", in.url());
        unicode("date", in.date());
        unicode("format", in.format());
        return add(new NewArticle(in.title(), in.url(), date(in.date()), in.text(), null, format(in.format())));
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_MARKDOWN_VALUE, MediaType.TEXT_HTML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an article sent as the raw body (UTF-8 text, Markdown or HTML)",
            requestBody = @RequestBody(content = {@Content(mediaType = "text/plain", schema = @Schema(type = "string")),
                @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
                @Content(mediaType = "text/html", schema = @Schema(type = "string"))}))
    @ApiResponse(responseCode = "201", description = "Added and parsed")
    @ApiResponse(responseCode = "200", description = "The same text was already stored: the earlier article, duplicate=true")
    ResponseEntity<ArticleDetailJson> addText(@Parameter(hidden = true) HttpServletRequest request,
            @RequestParam(required = false) String title, @RequestParam(required = false) String url,
            @RequestParam(required = false) @Parameter(description = "YYYY-MM-DD") String date) throws IOException {
        byte[] body = read(request, library.maxArticleBytes());
        MediaType type = MediaType.parseMediaType(request.getContentType());
        NewArticle.Format format = type.isCompatibleWith(MediaType.TEXT_HTML) ? NewArticle.Format.HTML
                : type.isCompatibleWith(MediaType.TEXT_MARKDOWN) ? NewArticle.Format.MARKDOWN : NewArticle.Format.TEXT;
        NewArticle decoded;
        try {
            decoded = NewArticle.ofFile("The request body", type.toString(), body, library.maxArticleBytes());
        } catch (ArticleRejectedException e) {
            throw rejected(e);
        }
        return add(new NewArticle(title, url, date(date), decoded.text(), null, format));
    }

    private ResponseEntity<ArticleDetailJson> add(NewArticle article) {
        AddResult result;
        try {
            result = library.add(article);
        } catch (ArticleRejectedException e) {
            throw rejected(e);
        }
        StoredArticle stored = find(result.article().id());
        URI location = URI.create("/api/articles/" + stored.id());
        return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).location(location)
                .body(ArticleDetailJson.of(stored, result.duplicate()));
    }

    private StoredArticle find(String id) {
        return library.stored(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No article with id " + id + "."));
    }

    /** The body, refusing more than {@code limit} bytes without reading them all into memory. */
    private static byte[] read(HttpServletRequest request, long limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared, limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (body.length > limit) {
                throw tooLarge(-1, limit);
            }
            return body;
        }
    }

    /** Why a JSON body was not read, naming the field when one is to blame. */
    private static ApiException notReadable(JacksonException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().getLast().getPropertyName();
        if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException && field != null) {
            return new ApiException(HttpStatus.BAD_REQUEST, "Unknown field \"" + field + "\": the JSON takes \"title\", "
                    + "\"url\", \"date\", \"text\" and \"format\".");
        }
        if (e instanceof MismatchedInputException && field != null && e.getPath().size() == 1) {
            return new ApiException(HttpStatus.BAD_REQUEST, "\"" + field + "\" must be a JSON string (or null).");
        }
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate")) {
            return new ApiException(HttpStatus.BAD_REQUEST, "The JSON has a field more than once.");
        }
        return new ApiException(HttpStatus.BAD_REQUEST, "The body is not valid JSON of the form "
                + "{\"title\", \"url\", \"date\", \"text\", \"format\"} with string values.");
    }

    /**
     * Refuses a field that is not Unicode text: a JSON {@code \\u} escape can give half of a surrogate pair
     * ({@code "\\ud800abc"}), which no character encoding can store or send back.
     */
    private static void unicode(String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "\"" + field + "\" is not valid Unicode text: it has an "
                        + "unpaired surrogate (\\u" + Integer.toHexString(c) + " at character " + i + ").");
            }
        }
    }

    private static ApiException tooLarge(long bytes, long limit) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large"
                + (bytes > 0 ? " (" + ArticleLibrary.formatSize(bytes) + ")" : "") + "; the limit is "
                + ArticleLibrary.formatSize(limit) + ".");
    }

    private static ApiException rejected(ArticleRejectedException e) {
        HttpStatus status = switch (e.reason()) {
            case EMPTY, INVALID -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case NOT_TEXT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
        return new ApiException(status, e.getMessage());
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String date = s.strip();
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            // "2024-13-45" is written right but is no day of the calendar: say so, not that the form is wrong
            boolean wellFormed = date.matches("\\d{4}-\\d{2}-\\d{2}");
            throw new ApiException(HttpStatus.BAD_REQUEST, wellFormed
                    ? "The date " + date + " is not a day of the calendar (month 01-12, day within the month)."
                    : "The date must be written YYYY-MM-DD.");
        }
    }

    private static NewArticle.Format format(String s) {
        if (s == null || s.isBlank()) {
            return NewArticle.Format.TEXT;
        }
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "text", "txt", "plain" -> NewArticle.Format.TEXT;
            case "markdown", "md" -> NewArticle.Format.MARKDOWN;
            case "html" -> NewArticle.Format.HTML;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "The format must be text, markdown or html.");
        };
    }
}
