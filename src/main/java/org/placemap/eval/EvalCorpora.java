package org.placemap.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the evaluation corpora of {@code ../shared/eval} (see the README in each folder):
 * <ul>
 *   <li><b>LGL</b>: texts from {@code lgl.xml} (CDATA of each {@code <article><text>}), gold from
 *       {@code LGL_gold_flat.txt} (the 4,462 toponyms with a GeoNames gaztag, as Gritta and EUPEG use);
 *       demonyms are annotated ("American", "Israeli").</li>
 *   <li><b>GeoVirus</b>: texts from {@code GeoVirus.xml}, gold from {@code GeoVirus_gold_flat.txt}, whose
 *       offsets are all one too high: they are shifted back by one, so gold spans index the text exactly.
 *       Only locations are annotated, no demonyms.</li>
 *   <li><b>WikToR</b>: texts from {@code wiktor_docs.jsonl}, gold from {@code WikToR_gold_flat.txt}; only
 *       each article's subject toponym is annotated, so precision is undefined.</li>
 *   <li><b>News</b>: the project's own hand-annotated unseen check ({@code evalsets/news}): texts from
 *       {@code news_docs.jsonl} (as WikToR's), gold from {@code News_gold_flat.txt}; every toponym is
 *       annotated, demonyms included, so precision is defined.</li>
 * </ul>
 * Line i of a gold file belongs to the i-th document; the counts must agree.
 */
public final class EvalCorpora {

    /** The corpora in the order the reference table lists them. */
    public static final List<String> NAMES = List.of("LGL", "GeoVirus", "WikToR", "News");

    private EvalCorpora() {}

    /**
     * The corpus folders at {@code dir}: {@code dir} itself when it is one, else its sub-folders that are,
     * in {@link #NAMES} order.
     */
    public static List<Path> corpusDirs(Path dir) throws IOException {
        if (kindOf(dir) != null) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such directory: " + dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).filter(p -> kindOf(p) != null)
                    .sorted(Comparator.comparingInt((Path p) -> NAMES.indexOf(kindOf(p))).thenComparing(Path::toString))
                    .toList();
        }
    }

    /** The corpus name of folder {@code dir} ("LGL", "GeoVirus", "WikToR") by the files it holds, or null. */
    public static String kindOf(Path dir) {
        if (Files.isRegularFile(dir.resolve("lgl.xml")) && Files.isRegularFile(dir.resolve("LGL_gold_flat.txt"))) {
            return "LGL";
        }
        if (Files.isRegularFile(dir.resolve("GeoVirus.xml")) && Files.isRegularFile(dir.resolve("GeoVirus_gold_flat.txt"))) {
            return "GeoVirus";
        }
        if (Files.isRegularFile(dir.resolve("wiktor_docs.jsonl")) && Files.isRegularFile(dir.resolve("WikToR_gold_flat.txt"))) {
            return "WikToR";
        }
        if (Files.isRegularFile(dir.resolve("news_docs.jsonl")) && Files.isRegularFile(dir.resolve("News_gold_flat.txt"))) {
            return "News";
        }
        return null;
    }

    /** Reads the corpus in folder {@code dir}. */
    public static EvalCorpus read(Path dir) throws IOException {
        String kind = kindOf(dir);
        if (kind == null) {
            throw new IOException(dir + " holds none of the corpora " + NAMES);
        }
        return switch (kind) {
            case "LGL" -> assemble("LGL", readXml(dir.resolve("lgl.xml"), "docid"),
                    FlatFormat.read(dir.resolve("LGL_gold_flat.txt")), 0, true, true);
            case "GeoVirus" -> assemble("GeoVirus", readXml(dir.resolve("GeoVirus.xml"), null),
                    FlatFormat.read(dir.resolve("GeoVirus_gold_flat.txt")), -1, true, false);
            case "News" -> assemble("News", readJsonl(dir.resolve("news_docs.jsonl")),
                    FlatFormat.read(dir.resolve("News_gold_flat.txt")), 0, true, true);
            default -> assemble("WikToR", readJsonl(dir.resolve("wiktor_docs.jsonl")),
                    FlatFormat.read(dir.resolve("WikToR_gold_flat.txt")), 0, false, false);
        };
    }

    private record Text(String id, String text) {}

    private static EvalCorpus assemble(String name, List<Text> texts, List<List<Toponym>> gold, int shift,
                                       boolean precisionDefined, boolean annotatesDemonyms) throws IOException {
        if (texts.size() != gold.size()) {
            throw new IOException(name + ": " + texts.size() + " documents but " + gold.size() + " gold lines");
        }
        List<EvalDocument> docs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            List<Toponym> g = gold.get(i);
            if (shift != 0) {
                g = g.stream().map(t -> t.shifted(shift)).toList();
            }
            docs.add(new EvalDocument(texts.get(i).id(), texts.get(i).text(), g));
        }
        return new EvalCorpus(name, docs, precisionDefined, annotatesDemonyms);
    }

    /**
     * The {@code <text>} of every {@code <article>} (element depth 3), with the article's {@code idAttribute}
     * or else its {@code <source>} or its position as id.
     */
    private static List<Text> readXml(Path file, String idAttribute) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<Text> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in, "UTF-8");
            int depth = 0;
            String id = null;
            String source = null;
            String text = null;
            StringBuilder buffer = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String local = r.getLocalName();
                    if (depth == 2 && local.equals("article")) {
                        id = idAttribute == null ? null : r.getAttributeValue(null, idAttribute);
                        source = null;
                        text = null;
                    } else if (depth == 3 && (local.equals("text") || local.equals("source"))) {
                        buffer = new StringBuilder();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (buffer != null) {
                        buffer.append(r.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = r.getLocalName();
                    if (depth == 3 && buffer != null) {
                        if (local.equals("text")) {
                            text = buffer.toString();
                        } else {
                            source = buffer.toString().strip();
                        }
                        buffer = null;
                    } else if (depth == 2 && local.equals("article")) {
                        String docId = id != null ? id : source != null ? source : String.valueOf(out.size());
                        out.add(new Text(docId, text == null ? "" : text));
                    }
                    depth--;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static List<Text> readJsonl(Path file) throws IOException {
        List<Text> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Map<String, String> o = JsonLines.parseObject(line);
                    String text = o.get("text");
                    if (text == null) {
                        throw new IllegalArgumentException("no \"text\" member");
                    }
                    out.add(new Text(o.getOrDefault("doc", String.valueOf(out.size())), text));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file.getFileName() + " line " + n + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** The corpus name matching {@code name} case-insensitively, or null. */
    public static String canonicalName(String name) {
        for (String n : NAMES) {
            if (n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return n;
            }
        }
        return null;
    }
}
