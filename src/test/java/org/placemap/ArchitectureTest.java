package org.placemap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;

/** Keeps the core usable from the command line and batch jobs, and the map component reusable. */
class ArchitectureTest {
    private static final String[] CORE = {
        "org.placemap.corpus..", "org.placemap.gazetteer..", "org.placemap.geoparse..",
        "org.placemap.claims..", "org.placemap.distance..", "org.placemap.atlas..",
        "org.placemap.eval.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Spring's AOT processing (mvn package) adds Foo__BeanDefinitions and the like to target/classes:
                // generated wiring, not the code these rules are about
                .withImportOption(location -> !location.contains("__"))
                .importPackages("org.placemap");
    }

    @Test
    void coreIsFreeOfSpringAndVaadin() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void coreDoesNotReachIntoTheAppLayers() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.placemap.ui..", "org.placemap.map..", "org.placemap.system..", "org.placemap.cli..")
                .check(classes);
    }

    @Test
    void libraryAndApiUseSpringButNotVaadin() {
        noClasses().that().resideInAnyPackage("org.placemap.library..", "org.placemap.api..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.placemap.ui..", "org.placemap.map..")
                .check(classes);
    }

    @Test
    void libraryApiAndAccountsAreWiredBySystemNotTheOtherWayRound() {
        noClasses().that().resideInAnyPackage("org.placemap.library..", "org.placemap.api..", "org.placemap.accounts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.placemap.system..")
                .check(classes);
    }

    @Test
    void accountsUseNoVaadinAndNoLibrary() {
        noClasses().that().resideInAPackage("org.placemap.accounts..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.placemap.ui..",
                        "org.placemap.library..", "org.placemap.api..")
                .check(classes);
    }

    @Test
    void mapComponentKnowsNoDomainTypes() {
        noClasses().that().resideInAPackage("org.placemap.map..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE)
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.placemap.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * The fast-starting form of the app (target/app) runs the bean definitions Spring's AOT engine fixed at
     * build time; a condition on a setting or profile would be decided by the build and silently ignored
     * at run time ({@code placemap.security=team} among them). Settings are read when a bean is made.
     */
    @Test
    void beanDefinitionsDoNotDependOnSettings() {
        noClasses().should().beAnnotatedWith(ConditionalOnProperty.class)
                .orShould().beAnnotatedWith(ConditionalOnExpression.class)
                .orShould().beAnnotatedWith(Profile.class)
                .check(classes);
        noMethods().should().beAnnotatedWith(ConditionalOnProperty.class)
                .orShould().beAnnotatedWith(ConditionalOnExpression.class)
                .orShould().beAnnotatedWith(Profile.class)
                .check(classes);
    }
}
