package org.placemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * {@code target/placemap-core.jar} works on its own, as another program would use it: loaded in a class
 * loader that sees only that jar, GeographicLib and JTS (its two dependencies), not Spring, Vaadin or the
 * app's other classes, it opens the gazetteer from {@code geodata/}, parses an article and finds its
 * distance claim, through the documented entry points only.
 */
class CoreJarTest {
    private static final Path JAR = Path.of(System.getProperty("placemap.project.dir", "."), "target", "placemap-core.jar");

    @Test
    void theCoreJarHoldsOnlyTheCorePackages() throws Exception {
        assertThat(JAR).as("made by the build (mvn verify, phase process-classes)").exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> classes = jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
            assertThat(classes).isNotEmpty().allMatch(n -> n.matches(
                    "org/placemap/(corpus|gazetteer|geoparse|claims|distance)/.*"));
            assertThat(jar.getEntry("org/placemap/geoparse/given-names.txt")).as("its resources come along").isNotNull();
        }
    }

    @Test
    void anotherProgramParsesAnArticleWithNothingButTheCoreJarGeographicLibAndJts() throws Exception {
        URL geographicLib = net.sf.geographiclib.Geodesic.class.getProtectionDomain().getCodeSource().getLocation();
        URL jts = org.locationtech.jts.geom.Geometry.class.getProtectionDomain().getCodeSource().getLocation();
        Path geodata = Path.of(System.getProperty("placemap.project.dir", "."), "geodata");
        assertThat(Files.isDirectory(geodata)).isTrue();
        try (URLClassLoader alone = new URLClassLoader(new URL[] {JAR.toUri().toURL(), geographicLib, jts},
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> alone.loadClass("org.springframework.context.ApplicationContext"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> alone.loadClass("org.placemap.library.ArticleLibrary"))
                    .isInstanceOf(ClassNotFoundException.class);

            // Gazetteer gazetteer = Gazetteer.load(geodata);
            Class<?> gazetteerClass = alone.loadClass("org.placemap.gazetteer.Gazetteer");
            Object gazetteer = gazetteerClass.getMethod("load", Path.class).invoke(null, geodata);
            // ParsedArticle parsed = new GeoParser(gazetteer).parse("note", text);
            Object parser = alone.loadClass("org.placemap.geoparse.GeoParser").getConstructor(gazetteerClass)
                    .newInstance(gazetteer);
            Object parsed = parser.getClass().getMethod("parse", String.class, String.class)
                    .invoke(parser, "note", "The city of Hama lies about 50 miles from Tartus, officials said.");
            List<?> mentions = (List<?>) parsed.getClass().getMethod("mentions").invoke(parsed);
            List<String> names = mentions.stream().map(m -> call(m, "text").toString()).toList();
            assertThat(names).containsExactly("Hama", "Tartus");
            Object hama = call(mentions.getFirst(), "place");
            assertThat(call(hama, "id")).isEqualTo("geonames:170017"); // Hama, Syria (GeoNames id 170017)

            // List<DistanceClaim> claims = new ClaimExtractor(gazetteer).extract(parsed);
            Object extractor = alone.loadClass("org.placemap.claims.ClaimExtractor").getConstructor(gazetteerClass)
                    .newInstance(gazetteer);
            Method extract = extractor.getClass().getMethod("extract", parsed.getClass());
            List<?> claims = (List<?>) extract.invoke(extractor, parsed);
            assertThat(claims).hasSize(1);
            Double measured = (Double) call(claims.getFirst(), "measuredKm");
            // Hama–Tartus geodesic: 84.0 km (52.2 mi), the sample corpus' golden value (SampleArticleClaimsTest)
            assertThat(measured).isBetween(83.0, 85.0);
        }
    }

    private static Object call(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
