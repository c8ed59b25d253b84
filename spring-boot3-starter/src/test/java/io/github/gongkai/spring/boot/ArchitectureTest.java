package io.github.gongkai.spring.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonLocation;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

/**
 * The starter is one package that reads gongkai's API (never an internal package), Spring, Jakarta Validation
 * and Jackson 2's databind (never Jackson 3's databind; of either's core the location of an error alone); its types are
 * final and its fields final; Boot finds its auto-configuration.
 */
class ArchitectureTest {

    private static final String STARTER = "io.github.gongkai.spring.boot";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(STARTER);

    /**
     * The location of a malformed body's error, which is Jackson 2's in the Jackson 2 module's exception and Jackson 3's
     * in {@code ReportJsonException}, the error {@code ReportProblemDetails} shows.
     */
    private static final DescribedPredicate<JavaClass> LOCATIONS = JavaClass.Predicates.belongToAnyOf(
            JsonLocation.class, TokenStreamLocation.class, ContentReference.class);

    private static final ArchRule DEPENDENCIES = classes().that().resideInAPackage(STARTER + "..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..", STARTER,
                    "io.github.gongkai.core", "io.github.gongkai.json", "io.github.gongkai.reader",
                    "io.github.gongkai.validation", "io.github.gongkai.validation.jakarta", "org.springframework..",
                    "jakarta.validation..", "io.github.gongkai.jackson2", "com.fasterxml.jackson.databind..")
                    .or(LOCATIONS));

    private static final ArchRule TOP_LEVEL_TYPES_FINAL = classes().that().resideInAPackage(STARTER)
            .and().areTopLevelClasses().should().haveModifier(JavaModifier.FINAL);

    private static final ArchRule FIELDS_FINAL = fields().that().areDeclaredInClassesThat()
            .resideInAPackage(STARTER + "..").should().beFinal();

    @Test
    void importedTheMainClassesOnly() {
        assertTrue(CLASSES.contain(GongkaiBoot3AutoConfiguration.class));
        assertFalse(CLASSES.contain(ArchitectureTest.class), "test classes must not be checked");
    }

    @Test
    void theStarterReadsGongkaisApiSpringJakartaAndJackson2Only() {
        DEPENDENCIES.check(CLASSES);
    }

    @Test
    void typesAndFieldsAreFinal() {
        TOP_LEVEL_TYPES_FINAL.check(CLASSES);
        FIELDS_FINAL.check(CLASSES);
    }

    @Test
    void theRulesCatchViolations() {
        JavaClasses tests = new ClassFileImporter().importClasses(ArchitectureTest.class, Mutable.class);
        AssertionError e = assertThrows(AssertionError.class, () -> DEPENDENCIES.check(tests));
        assertTrue(e.getMessage().contains("org.junit"), e.getMessage());
        e = assertThrows(AssertionError.class, () -> DEPENDENCIES.check(new ClassFileImporter()
                .importClasses(Jackson.class)));
        assertTrue(e.getMessage().contains("Jackson.parser>"), e.getMessage());
        assertFalse(e.getMessage().contains("Jackson.location>"), e.getMessage());
        e = assertThrows(AssertionError.class, () -> FIELDS_FINAL.check(tests));
        assertTrue(e.getMessage().contains("Mutable.value"), e.getMessage());
        JavaClasses mutable = new ClassFileImporter().importClasses(Mutable.class);
        e = assertThrows(AssertionError.class, () -> TOP_LEVEL_TYPES_FINAL.check(
                new ClassFileImporter().importClasses(ArchitectureTest.class)));
        assertTrue(e.getMessage().contains("ArchitectureTest"), e.getMessage());
        assertEquals(1, mutable.size());
    }

    /** A mutable type. */
    static class Mutable {
        int value;
    }

    /** Names a location of Jackson 3, which the starter may, and a parser of Jackson 3, which it must not. */
    static final class Jackson {
        final TokenStreamLocation location = null;
        final tools.jackson.core.JsonParser parser = null;
    }

    @Test
    void bootFindsTheAutoConfiguration() throws IOException {
        assertEquals(GongkaiBoot3AutoConfiguration.class.getName(), Files.readString(Path.of(
                "target/classes/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))
                .strip());
    }
}
