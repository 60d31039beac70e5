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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placemap.api.ApiJson.MentionJson;
import org.placemap.gazetteer.Place;
import org.placemap.library.ArticleLibrary;
import org.placemap.library.Correction;
import org.placemap.library.Corrections;
import org.placemap.library.Corrections.CorrectionException;
import org.placemap.library.StoredArticle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers' corrections over REST: {@code /api/articles/{id}/mentions/{start}-{end}} to read, correct
 * (PUT), add (POST) or remove (DELETE) a mention, and {@code /api/corrections} to list the decisions in
 * force and undo them. Offsets are UTF-16 code units into the article's text, as in the article JSON.
 * Every answer that changes something says what it did and its {@code batch}, which undo takes.
 */
@RestController
@Tag(name = "corrections", description = "Readers' corrections of places and claim ends")
class CorrectionController {
    private static final Pattern SPAN = Pattern.compile("(\\d{1,9})-(\\d{1,9})");
    private static final int MAX_BODY = 16 * 1024;

    private final ArticleLibrary library;
    private final org.placemap.gazetteer.Gazetteer gazetteer;
    private final JsonMapper json;

    CorrectionController(ArticleLibrary library, org.placemap.gazetteer.Gazetteer gazetteer, JsonMapper json) {
        this.library = library;
        this.gazetteer = gazetteer;
        this.json = ArticleController.strict(json);
    }

    /** A gazetteer entry a reader may choose. */
    record PlaceChoiceJson(String placeId, String name, String kind, String countryCode, Double lat, Double lon,
            long population) {
        static PlaceChoiceJson of(Place p) {
            return new PlaceChoiceJson(p.id(), p.name(), ApiJson.lower(p.kind().name()), p.countryCode(),
                    p.point() == null ? null : p.point().latitudeDeg(), p.point() == null ? null : p.point().longitudeDeg(),
                    p.population());
        }
    }

    @GetMapping(path = "/api/gazetteer/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Places of the whole gazetteer with this name, in any spelling it knows, likeliest first "
            + "(at most 20): the ids a correction takes")
    @ApiResponse(responseCode = "400", description = "No name, or longer than 200 characters")
    List<PlaceChoiceJson> search(@org.springframework.web.bind.annotation.RequestParam(required = false) String q) {
        if (q == null || q.isBlank() || q.length() > 200) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Give a place name of 1 to 200 characters as q.");
        }
        return gazetteer.candidates(q.strip()).stream().map(org.placemap.gazetteer.Candidate::place).distinct().limit(20)
                .map(PlaceChoiceJson::of).toList();
    }

    /** One decision as the API shows it. */
    record DecisionJson(String articleId, int start, int end, String text, String placeId, String placeName,
            String countryCode, boolean notAPlace, long batch, Instant decidedAt, String reader) {
        static DecisionJson of(Correction c) {
            Place p = c.place();
            return new DecisionJson(c.articleId(), c.start(), c.end(), c.text(), p == null ? null : p.id(),
                    p == null ? null : p.name(), p == null ? null : p.countryCode(), c.notAPlace(), c.batch(), c.at(), c.by());
        }
    }

    /** What an action did: its batch (for undo), one line, and the decisions it made or took back. */
    record ResultJson(long batch, String description, List<DecisionJson> changed, MentionJson mention) {
        static ResultJson of(Corrections.Result r, MentionJson mention) {
            return new ResultJson(r.batch(), r.description(), r.changed().stream().map(DecisionJson::of).toList(), mention);
        }
    }

    /** The body of PUT and POST. */
    record MentionChangeJson(
            @Schema(description = "gazetteer id of the place (e.g. geonames:170017); null: not a place",
                    requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) String placeId,
            @Schema(description = "mention (default), article (also every other occurrence of the same name in this "
                    + "article, found by the parser or not) or library (in every article)") String scope) {}

    @GetMapping(path = "/api/articles/{id}/mentions/{span}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The mention at start-end, with who decided its place")
    @ApiResponse(responseCode = "404", description = "No such article or no mention there")
    MentionJson get(@PathVariable String id, @PathVariable @Parameter(description = "start-end, e.g. 120-127") String span) {
        int[] se = span(span);
        StoredArticle a = article(id);
        return a.mentionAt(se[0], se[1]).map(MentionJson::of).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "Article " + id + " has no mention at " + span + "."));
    }

    @PutMapping(path = "/api/articles/{id}/mentions/{span}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct a mention: another place, or null for not a place; scope article or library "
            + "applies it to every mention of the same name",
            requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = MentionChangeJson.class))))
    @ApiResponse(responseCode = "200", description = "Corrected; the claims with an end there are measured again")
    @ApiResponse(responseCode = "400", description = "Bad JSON, unknown place id, bad scope or offsets")
    @ApiResponse(responseCode = "404", description = "No such article, or no mention at these offsets (POST adds one)")
    ResultJson put(@PathVariable String id, @PathVariable String span,
            @Parameter(hidden = true) HttpServletRequest request) throws IOException {
        int[] se = span(span);
        JsonNode body = body(request);
        if (!body.has("placeId")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The JSON needs \"placeId\": a gazetteer id, or null for not a place.");
        }
        String placeId = text(body, "placeId");
        Corrections.Scope scope = scope(text(body, "scope"));
        return act(id, se, () -> library.corrections().correct(id, se[0], se[1], placeId, scope, who()));
    }

    @PostMapping(path = "/api/articles/{id}/mentions/{span}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a mention the parser missed: start-end of the text names the place placeId",
            requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = MentionChangeJson.class))))
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "400", description = "Offsets off the text or cutting a word, a mention already there, unknown place id")
    @ApiResponse(responseCode = "404", description = "No such article")
    ResponseEntity<ResultJson> post(@PathVariable String id, @PathVariable String span,
            @Parameter(hidden = true) HttpServletRequest request) throws IOException {
        int[] se = span(span);
        JsonNode body = body(request);
        Corrections.Scope scope = scope(text(body, "scope"));
        ResultJson r = act(id, se, () -> library.corrections().add(id, se[0], se[1], text(body, "placeId"), scope, who()));
        return ResponseEntity.created(URI.create("/api/articles/" + r.changed().get(0).articleId() + "/mentions/" + se[0] + "-" + se[1]))
                .body(r);
    }

    @DeleteMapping(path = "/api/articles/{id}/mentions/{span}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Remove a mention: not a place (a reader's own addition goes away entirely)")
    @ApiResponse(responseCode = "200", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such article or no mention there")
    ResultJson delete(@PathVariable String id, @PathVariable String span) {
        int[] se = span(span);
        return act(id, se, () -> library.corrections().remove(id, se[0], se[1], who()));
    }

    @GetMapping(path = "/api/corrections", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every reader's decision in force, by article and offset")
    List<DecisionJson> list() {
        return library.articles().stream().flatMap(a -> library.corrections().of(a.id()).stream())
                .map(DecisionJson::of).toList();
    }

    @PostMapping(path = "/api/corrections/undo", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Undo the newest correction (your own, with accounts): the decision before it holds again")
    @ApiResponse(responseCode = "404", description = "Nothing to undo")
    ResultJson undoLast() {
        return library.corrections().undoLast(who()).map(r -> ResultJson.of(r, null))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "There is no correction to undo."));
    }

    @DeleteMapping(path = "/api/corrections/{batch}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Undo one correction by its batch number")
    @ApiResponse(responseCode = "404", description = "No such batch (or already undone)")
    ResultJson undo(@PathVariable String batch) {
        long b;
        try {
            b = Long.parseLong(batch);
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The batch must be a number.");
        }
        return library.corrections().undo(b).map(r -> ResultJson.of(r, null))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No correction " + b + " to undo."));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private ResultJson act(String id, int[] se, java.util.function.Supplier<Corrections.Result> action) {
        Corrections.Result r;
        try {
            r = action.get();
        } catch (CorrectionException e) {
            throw new ApiException(e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.getMessage());
        }
        String canonical = r.changed().isEmpty() ? id : r.changed().get(0).articleId();
        MentionJson mention = library.stored(canonical).flatMap(a -> a.mentionAt(se[0], se[1])).map(MentionJson::of).orElse(null);
        return ResultJson.of(r, mention);
    }

    private StoredArticle article(String id) {
        String key;
        try {
            key = Long.toString(Long.parseLong(id));
        } catch (NumberFormatException e) {
            key = id;
        }
        return library.stored(key).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "No article with id " + id + "."));
    }

    private static int[] span(String span) {
        Matcher m = SPAN.matcher(span);
        if (!m.matches()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The mention must be given as start-end offsets, e.g. 120-127.");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private JsonNode body(HttpServletRequest request) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + MAX_BODY / 1024 + " KB.");
        }
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (JacksonException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The body must be a JSON object such as {\"placeId\": \"geonames:170017\"}.");
        }
        return node;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "\"" + field + "\" must be a JSON string or null.");
        }
        return v.asString();
    }

    private static Corrections.Scope scope(String s) {
        if (s == null || s.isBlank()) {
            return Corrections.Scope.MENTION;
        }
        try {
            return Corrections.Scope.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The scope must be mention, article or library.");
        }
    }

    /** The account making the request, or null without accounts. */
    static String who() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken) ? a.getName() : null;
    }
}
