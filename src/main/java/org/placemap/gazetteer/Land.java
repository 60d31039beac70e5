package org.placemap.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 1:10m land of {@code land.tsv.gz}, cut into the cells of a {@value LandSource#CELL_DEG}° grid (see
 * {@link LandSource} and geodata/README.md), for drawing the coast at close zooms. Each cell keeps its
 * polygons as Google encoded polylines (precision 5, latitude first), exactly as stored, so that they go
 * to the browser without decoding.
 *
 * <p>Thread safety: immutable.
 */
public final class Land {
    /** No land file: every query answers no cells. */
    public static final Land NONE = new Land(Map.of());

    /**
     * One cell: its box and its polygons, each a list of encoded rings (outer ring first, then holes).
     *
     * @param id {@code land:<south>:<west>}
     */
    public record Cell(String id, BoundingBox bounds, List<List<String>> polygons) {}

    private final Map<String, Cell> cells;

    private Land(Map<String, Cell> cells) {
        this.cells = cells;
    }

    static Land read(Path file) throws IOException {
        Map<String, Cell> cells = new HashMap<>();
        OutlineTsv.read(file, row -> {
            List<List<String>> polygons = new ArrayList<>(row.rings().length);
            for (String[] rings : row.rings()) {
                polygons.add(List.of(rings));
            }
            cells.put(row.id(), new Cell(row.id(), row.bounds(), List.copyOf(polygons)));
        });
        return new Land(Map.copyOf(cells));
    }

    /** Cell size, degrees. */
    public static int cellDegrees() {
        return LandSource.CELL_DEG;
    }

    /**
     * The cells whose grid square overlaps the box (degrees; {@code west <= east}, no wrap across the
     * antimeridian), in grid order; cells without land are not there.
     */
    public List<Cell> cells(double south, double west, double north, double east) {
        int step = LandSource.CELL_DEG;
        List<Cell> out = new ArrayList<>();
        int s0 = (int) Math.floor(Math.max(-90, south) / step) * step;
        int w0 = (int) Math.floor(Math.max(-180, west) / step) * step;
        for (int s = s0; s < Math.min(90, north); s += step) {
            for (int w = w0; w < Math.min(180, east); w += step) {
                Cell c = cells.get(LandSource.id(s, w));
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Number of cells with land. */
    public int size() {
        return cells.size();
    }
}
