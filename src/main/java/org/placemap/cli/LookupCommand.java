package org.placemap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gazetteer lookup [--json] [--geodata DIR] [--limit N] NAME...}: the ranked candidates of each
 * name. With {@code --json}, one JSON object per line and name:
 * {@code {"query", "candidates": [{"id", "name", "kind", "countryCode", "lat", "lon", "population", "score"}]}},
 * best first. This output is a contract other tools read: keep it stable.
 */
final class LookupCommand {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LookupCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        Path geodata = Gazetteer.defaultGeodataDir();
        int limit = 10;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--geodata", "--limit" -> {
                    if (i + 1 >= args.length) {
                        err.println("gazetteer lookup: " + args[i] + " needs a value");
                        return 2;
                    }
                    String value = args[++i];
                    if (args[i - 1].equals("--geodata")) {
                        geodata = Path.of(value);
                    } else {
                        try {
                            limit = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            err.println("gazetteer lookup: --limit needs a whole number, got " + value);
                            return 2;
                        }
                    }
                }
                default -> names.add(args[i]);
            }
        }
        if (names.isEmpty()) {
            err.println("usage: gazetteer lookup [--json] [--geodata DIR] [--limit N] NAME...");
            return 2;
        }
        Gazetteer gazetteer;
        try {
            gazetteer = Gazetteer.load(geodata);
        } catch (IOException e) {
            err.println("gazetteer lookup: cannot read " + geodata.toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
        for (String name : names) {
            List<Candidate> candidates = gazetteer.candidates(name);
            List<Candidate> shown = candidates.subList(0, Math.min(Math.max(limit, 0), candidates.size()));
            if (json) {
                out.println(JSON.writeValueAsString(toJson(name, shown)));
            } else {
                printText(out, name, candidates.size(), shown);
            }
        }
        return 0;
    }

    private static ObjectNode toJson(String query, List<Candidate> candidates) {
        ObjectNode root = JSON.createObjectNode();
        root.put("query", query);
        ArrayNode list = root.putArray("candidates");
        for (Candidate c : candidates) {
            Place p = c.place();
            ObjectNode o = list.addObject();
            o.put("id", p.id());
            o.put("name", p.name());
            o.put("kind", p.kind().name());
            o.put("countryCode", p.countryCode());
            o.put("lat", p.point().latitudeDeg());
            o.put("lon", p.point().longitudeDeg());
            o.put("population", p.population());
            o.put("score", Math.round(c.score() * 1000) / 1000.0);
        }
        return root;
    }

    private static void printText(PrintStream out, String query, int total, List<Candidate> shown) {
        out.printf("%s: %d candidate%s%n", query, total, total == 1 ? "" : "s");
        for (Candidate c : shown) {
            Place p = c.place();
            out.printf(Locale.ROOT, "  %6.3f  %-28s %-32s %-15s %-2s %9.5f %10.5f  pop %,d%n", c.score(), p.id(),
                    p.name(), p.kind(), p.countryCode(), p.point().latitudeDeg(), p.point().longitudeDeg(),
                    p.population());
        }
    }
}
