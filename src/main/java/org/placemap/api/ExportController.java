package org.placemap.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.placemap.api.ApiJson.ClaimJson;
import org.placemap.library.ArticleLibrary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The current map as data: places and claims as JSON, GeoJSON and CSV. */
@RestController
@Tag(name = "export", description = "Places and distance claims of every parsed article")
class ExportController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** The byte order mark that tells Excel a CSV file is UTF-8. */
    static final String BOM = "\uFEFF";
    private static final String ARTICLE = "only these articles (ids; repeat or comma-separate); all when absent";
    private static final String KIND = "only these kinds of place: city, base, region, country, water";
    private static final String VERDICT = "only claims with these verdicts: consistent, inconsistent, unverifiable";

    private final ArticleLibrary library;

    ExportController(ArticleLibrary library) {
        this.library = library;
    }

    @GetMapping("/api/places")
    @Operation(summary = "Places as a GeoJSON FeatureCollection of points, with every mention and its article")
    ResponseEntity<Map<String, Object>> places(@RequestParam(required = false) @Parameter(description = ARTICLE) List<String> article,
            @RequestParam(required = false) @Parameter(description = KIND) List<String> kind) {
        ExportFilter f = filter(article, kind, null);
        return ResponseEntity.ok().contentType(GEO_JSON).body(Exports.placesGeoJson(f.narrow(library.atlas()), f));
    }

    @GetMapping("/api/places.geojson")
    @Operation(summary = "Same as /api/places, as a download")
    ResponseEntity<Map<String, Object>> placesFile(@RequestParam(required = false) @Parameter(description = ARTICLE) List<String> article,
            @RequestParam(required = false) @Parameter(description = KIND) List<String> kind) {
        ExportFilter f = filter(article, kind, null);
        return ResponseEntity.ok().contentType(GEO_JSON).header(HttpHeaders.CONTENT_DISPOSITION, attachment("places.geojson"))
                .body(Exports.placesGeoJson(f.narrow(library.atlas()), f));
    }

    @GetMapping("/api/claims")
    @Operation(summary = "Distance claims as a JSON list, or with format=geojson as geodesic LineString features")
    ResponseEntity<?> claims(
            @RequestParam(required = false) @Parameter(description = "json (default) or geojson") String format,
            @RequestParam(required = false) @Parameter(description = ARTICLE) List<String> article,
            @RequestParam(required = false) @Parameter(description = VERDICT) List<String> verdict) {
        ExportFilter f = filter(article, null, verdict);
        var atlas = f.narrow(library.atlas());
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            var mentions = Exports.mentionsByArticle(atlas);
            List<ClaimJson> list = atlas.claims().stream().filter(f::keeps).map(c -> Exports.claimJson(c, mentions)).toList();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(list);
        }
        if (format.equalsIgnoreCase("geojson")) {
            return ResponseEntity.ok().contentType(GEO_JSON).body(Exports.claimsGeoJson(atlas, f));
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "The format must be json or geojson.");
    }

    @GetMapping("/api/claims.geojson")
    @Operation(summary = "Distance claims as geodesic GeoJSON LineStrings (null geometry when an end has no point), as a download")
    ResponseEntity<Map<String, Object>> claimsGeoJson(@RequestParam(required = false) @Parameter(description = ARTICLE) List<String> article,
            @RequestParam(required = false) @Parameter(description = VERDICT) List<String> verdict) {
        ExportFilter f = filter(article, null, verdict);
        return ResponseEntity.ok().contentType(GEO_JSON).header(HttpHeaders.CONTENT_DISPOSITION, attachment("claims.geojson"))
                .body(Exports.claimsGeoJson(f.narrow(library.atlas()), f));
    }

    @GetMapping("/api/places.csv")
    @Operation(summary = "Places as CSV (UTF-8 with a byte order mark, for Excel), one row per place")
    ResponseEntity<String> placesCsv(@RequestParam(required = false) @Parameter(description = ARTICLE) List<String> article,
            @RequestParam(required = false) @Parameter(description = KIND) List<String> kind) {
        ExportFilter f = filter(article, kind, null);
        return csv("places.csv", Exports.placesCsv(f.narrow(library.atlas()), f));
    }

    @GetMapping("/api/mentions.csv")
    @Operation(summary = "Mentions as CSV (UTF-8 with a byte order mark), one row per mention of a place, with article and sentence")
    ResponseEntity<String> mentionsCsv(@RequestParam(required = false) @Parameter(description = ARTICLE) List<String> article,
            @RequestParam(required = false) @Parameter(description = KIND) List<String> kind) {
        ExportFilter f = filter(article, kind, null);
        return csv("mentions.csv", Exports.mentionsCsv(f.narrow(library.atlas()), f));
    }

    @GetMapping("/api/claims.csv")
    @Operation(summary = "Distance claims as CSV (UTF-8 with a byte order mark), one row per claim")
    ResponseEntity<String> claimsCsv(@RequestParam(required = false) @Parameter(description = ARTICLE) List<String> article,
            @RequestParam(required = false) @Parameter(description = VERDICT) List<String> verdict) {
        ExportFilter f = filter(article, null, verdict);
        return csv("claims.csv", Exports.claimsCsv(f.narrow(library.atlas()), f));
    }

    private ExportFilter filter(List<String> article, List<String> kind, List<String> verdict) {
        return ExportFilter.of(article, kind, verdict, library.atlas());
    }

    /**
     * CSV as UTF-8 starting with a byte order mark: Excel reads a file without one in the machine's legacy
     * code page (Tartūs becomes TartÅ«s); LibreOffice, pandas ({@code encoding="utf-8-sig"}) and R read it too.
     */
    private static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
                .body(BOM + body);
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
