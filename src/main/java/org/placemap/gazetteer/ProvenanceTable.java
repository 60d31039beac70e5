package org.placemap.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source folder's own README table ({@code | `file` | what | rows | licence | provenance |}), so the
 * generated README repeats where each source came from instead of a second, drifting copy in code.
 */
final class ProvenanceTable {

    record Row(String files, String what, String licence, String provenance) {}

    private final List<Row> rows;

    private ProvenanceTable(List<Row> rows) {
        this.rows = rows;
    }

    /** An empty table when the README is missing: provenance then reads "see the source folder". */
    static ProvenanceTable read(Path readme) throws IOException {
        List<Row> rows = new ArrayList<>();
        if (Files.isRegularFile(readme)) {
            for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
                if (!line.startsWith("| `")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length >= 7) {
                    rows.add(new Row(cells[1].strip(), cells[2].strip(), cells[4].strip(), cells[5].strip()));
                }
            }
        }
        return new ProvenanceTable(rows);
    }

    /** The row naming {@code file} (e.g. {@code naturalearth/ne_50m_admin_0_countries.json.gz}). */
    Optional<Row> find(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return rows.stream().filter(r -> r.files().contains("`" + file + "`") || r.files().contains(name)).findFirst();
    }
}
