package org.placemap.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Land;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 1:10m land for the map's close zooms, by grid cell ({@link Land}): the browser asks for the cells in
 * view. The answer depends only on the shipped geodata, so it may be cached for a day.
 */
@RestController
@Tag(name = "base map", description = "Natural Earth 1:10m land for drawing the coast at close zooms")
class LandController {
    /** The largest box one request may ask for, degrees of latitude and of longitude. */
    static final double MAX_SPAN_DEG = 60;

    private final Gazetteer gazetteer;

    LandController(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping(path = "/api/land", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The land cells overlapping a box: polygons as Google encoded polylines (precision 5,"
            + " latitude first), outer ring first; and the land borders through the box, as encoded polylines; at most"
            + " 60° by 60°, no wrap across 180°")
    ResponseEntity<Map<String, Object>> land(
            @RequestParam @Parameter(description = "southern edge, degrees") double south,
            @RequestParam @Parameter(description = "western edge, degrees") double west,
            @RequestParam @Parameter(description = "northern edge, degrees") double north,
            @RequestParam @Parameter(description = "eastern edge, degrees") double east) {
        if (!(south >= -90 && north <= 90 && south < north && west >= -180 && east <= 180 && west < east)) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "The box must have -90 <= south < north <= 90 and -180 <= west < east <= 180 (degrees).");
        }
        if (north - south > MAX_SPAN_DEG || east - west > MAX_SPAN_DEG) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The box may span at most " + (int) MAX_SPAN_DEG
                    + "° of latitude and of longitude; ask for the land only at close zooms.");
        }
        List<Map<String, Object>> cells = gazetteer.land().cells(south, west, north, east).stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("polygons", c.polygons());
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cellDegrees", Land.cellDegrees());
        body.put("cells", cells);
        // the 1:50m outlines, whose edges drew the borders, are hidden at these zooms: the 1:10m borders replace them
        body.put("borders", gazetteer.lines().borders(south, west, north, east));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(body);
    }
}
