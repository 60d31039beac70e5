package org.placemap.claims;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class DbgTest {
    @Test
    void dump() throws Exception {
        StringBuilder out = new StringBuilder();
        String set = Files.exists(Path.of("/tmp/dbg/file")) ? "file" : System.getProperty("dbg.set", "14");
        List<RealSentences.Row> rows = switch (set) {
            case "13" -> RealSentences.fresh13Rows();
            case "14" -> RealSentences.fresh14Rows();
            case "12" -> RealSentences.fresh12Rows();
            default -> RealSentences.rows();
        };
        Path in = Path.of("/tmp/dbg/in.txt");
        if (Files.exists(in) && set.equals("file")) {
            for (String s : Files.readAllLines(in)) {
                if (s.isBlank()) continue;
                out.append(s).append("\n  mentions: ");
                for (var m : RealSentences.parse(s).mentions()) {
                    out.append(m.text()).append("[").append(m.form()).append(" ").append(m.place() == null ? "-" : m.place().kind() + " " + m.place().id() + " " + m.place().countryCode()).append("] ");
                }
                out.append("\n  => ");
                for (DistanceClaim c : RealSentences.claims(s)) {
                    out.append(c.from().name()).append("→").append(c.to().name()).append(" ").append(c.citedValue()).append("; ");
                }
                out.append("\n");
            }
        } else {
            for (RealSentences.Row r : rows) {
                List<DistanceClaim> cs = RealSentences.claims(r.sentence());
                int matched = 0;
                for (RealSentences.Expected e : r.scoredClaims()) {
                    if (cs.stream().anyMatch(c -> RealSentences.matches(c, e))) matched++;
                }
                int falses = (int) cs.stream().filter(c -> r.scoredClaims().stream().noneMatch(e -> RealSentences.matches(c, e))).count();
                String mark = (matched == r.scoredClaims().size() && falses == 0) ? "OK " : "BAD";
                out.append(mark).append(" L").append(r.line()).append(" exp=").append(r.scoredClaims().size()).append(" got=").append(matched).append(" false=").append(falses).append("\n  ").append(r.sentence()).append("\n  expected: ");
                for (RealSentences.Expected e : r.expected()) out.append(e.subject()).append("|").append(e.target()).append("|").append(e.value()).append("; ");
                out.append("\n  found: ");
                for (DistanceClaim c : cs) out.append(c.from().name()).append("→").append(c.to().name()).append(" ").append(c.citedValue()).append("; ");
                out.append("\n");
            }
        }
        Files.createDirectories(Path.of("/tmp/dbg"));
        Files.writeString(Path.of("/tmp/dbg/out.txt"), out.toString());
    }
}
