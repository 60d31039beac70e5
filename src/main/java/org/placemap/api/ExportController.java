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

    private final ArticleLibrary library;

    ExportController(ArticleLibrary library) {
        this.library = library;
    }

    @GetMapping("/api/places")
    @Operation(summary = "Places as a GeoJSON FeatureCollection of points, with every mention and its article")
    ResponseEntity<Map<String, Object>> places() {
        return ResponseEntity.ok().contentType(GEO_JSON).body(Exports.placesGeoJson(library.atlas()));
    }

    @GetMapping("/api/places.geojson")
    @Operation(summary = "Same as /api/places, as a download")
    ResponseEntity<Map<String, Object>> placesFile() {
        return ResponseEntity.ok().contentType(GEO_JSON).header(HttpHeaders.CONTENT_DISPOSITION, attachment("places.geojson"))
                .body(Exports.placesGeoJson(library.atlas()));
    }

    @GetMapping("/api/claims")
    @Operation(summary = "Distance claims as a JSON list, or with format=geojson as LineString features")
    ResponseEntity<?> claims(
            @RequestParam(required = false) @Parameter(description = "json (default) or geojson") String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            List<ClaimJson> list = library.atlas().claims().stream().map(c -> ClaimJson.of(c.id(), c.claim())).toList();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(list);
        }
        if (format.equalsIgnoreCase("geojson")) {
            return ResponseEntity.ok().contentType(GEO_JSON).body(Exports.claimsGeoJson(library.atlas()));
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "The format must be json or geojson.");
    }

    @GetMapping("/api/claims.geojson")
    @Operation(summary = "Distance claims as GeoJSON LineStrings (null geometry when an end has no point), as a download")
    ResponseEntity<Map<String, Object>> claimsGeoJson() {
        return ResponseEntity.ok().contentType(GEO_JSON).header(HttpHeaders.CONTENT_DISPOSITION, attachment("claims.geojson"))
                .body(Exports.claimsGeoJson(library.atlas()));
    }

    @GetMapping("/api/places.csv")
    @Operation(summary = "Places as CSV, one row per place")
    ResponseEntity<String> placesCsv() {
        return csv("places.csv", Exports.placesCsv(library.atlas()));
    }

    @GetMapping("/api/mentions.csv")
    @Operation(summary = "Mentions as CSV, one row per mention of a place, with article and sentence")
    ResponseEntity<String> mentionsCsv() {
        return csv("mentions.csv", Exports.mentionsCsv(library.atlas()));
    }

    @GetMapping("/api/claims.csv")
    @Operation(summary = "Distance claims as CSV, one row per claim")
    ResponseEntity<String> claimsCsv() {
        return csv("claims.csv", Exports.claimsCsv(library.atlas()));
    }

    private static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name)).body(body);
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
