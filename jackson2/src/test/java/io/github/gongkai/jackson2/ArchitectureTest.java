package io.github.gongkai.jackson2;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.gongkai.json.internal.JsonFailures;
import io.github.gongkai.json.internal.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.core.TokenStreamLocation;

/**
 * The module is named after its package, exports it alone and provides its Jackson 2 module to the service
 * loader; it reads core, the JSON module and Jackson 2 (of the JSON module's implementation the keyed problems
 * alone, of Jackson 3 the location of an error alone), never Jackson 3's databind; its public types are final
 * and its fields final.
 */
class ArchitectureTest {

    private static final String JACKSON2 = "io.github.gongkai.jackson2";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(JACKSON2);

    /**
     * Of the JSON module's implementation, which it exports to this module alone, the keyed problems and the
     * exception they go in (this module's own errors in either language); of Jackson 3, the location a
     * {@code ReportJsonException} gives, which it maps to where the value stands in the mapper's input.
     */
    private static final DescribedPredicate<JavaClass> JSON_INTERNALS_USED = JavaClass.Predicates.belongToAnyOf(
            JsonFailures.class, JsonProblem.class, TokenStreamLocation.class);

    private static final ArchRule DEPENDENCIES = classes().that().resideInAPackage(JACKSON2 + "..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..", JACKSON2 + "..",
                    "io.github.gongkai.core..", "io.github.gongkai.json", "com.fasterxml.jackson.core..",
                    "com.fasterxml.jackson.databind..").or(JSON_INTERNALS_USED));

    private static final ArchRule NO_JACKSON3_DATABIND = noClasses().that().resideInAPackage(JACKSON2 + "..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson.databind..",
                    "com.fasterxml.jackson.annotation..");

    private static final ArchRule PUBLIC_TYPES_FINAL = classes().that().resideInAPackage(JACKSON2 + "..")
            .and().arePublic().should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL);

    private static final ArchRule FIELDS_FINAL = fields().that().areDeclaredInClassesThat()
            .resideInAPackage(JACKSON2 + "..").should().beFinal();

    @Test
    void importedTheMainClassesOnly() {
        assertTrue(CLASSES.contain(GongkaiJackson2Module.class));
        assertFalse(CLASSES.contain(ArchitectureTest.class), "test classes must not be checked");
    }

    @Test
    void theModuleReadsCoreJsonAndJackson2Only() {
        DEPENDENCIES.check(CLASSES);
        NO_JACKSON3_DATABIND.check(CLASSES);
    }

    @Test
    void publicTypesAndFieldsAreFinal() {
        PUBLIC_TYPES_FINAL.check(CLASSES);
        FIELDS_FINAL.check(CLASSES);
    }

    @Test
    void theRulesCatchViolations() {
        JavaClasses tests = new ClassFileImporter().importClasses(ArchitectureTest.class, Mutable.class);
        AssertionError e = assertThrows(AssertionError.class, () -> DEPENDENCIES.check(tests));
        assertTrue(e.getMessage().contains("org.junit"), e.getMessage());
        e = assertThrows(AssertionError.class, () -> FIELDS_FINAL.check(tests));
        assertTrue(e.getMessage().contains("Mutable.value"), e.getMessage());
        e = assertThrows(AssertionError.class, () -> PUBLIC_TYPES_FINAL.check(tests));
        assertTrue(e.getMessage().contains("Mutable"), e.getMessage());
        JavaClasses jackson3 = new ClassFileImporter().importClasses(Mutable.class);
        e = assertThrows(AssertionError.class, () -> NO_JACKSON3_DATABIND.check(jackson3));
        assertTrue(e.getMessage().contains("tools.jackson.databind"), e.getMessage());
        JavaClasses internals = new ClassFileImporter().importClasses(Internals.class);
        e = assertThrows(AssertionError.class, () -> DEPENDENCIES.check(internals));
        assertTrue(e.getMessage().contains("Internals.texts>"), e.getMessage());
        assertTrue(e.getMessage().contains("Internals.parser>"), e.getMessage());
        assertFalse(e.getMessage().contains("Internals.problem>"), e.getMessage());
        assertFalse(e.getMessage().contains("Internals.location>"), e.getMessage());
    }

    /** A public, non-final type with a mutable field that names Jackson 3's databind. */
    public static class Mutable {
        tools.jackson.databind.JacksonModule value;
    }

    /** Names the JSON module's internals and Jackson 3 that the module uses, and two that it must not. */
    static final class Internals {
        final JsonProblem problem = null;
        final TokenStreamLocation location = null;
        final io.github.gongkai.json.internal.JsonTexts texts = null;
        final tools.jackson.core.JsonParser parser = null;
    }

    @Test
    void theModuleIsNamedAfterItsPackageExportsItAndProvidesTheJacksonModule() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals(JACKSON2, descriptor.name());
        assertEquals(Set.of(JACKSON2), descriptor.packages());
        Set<String> exported = new TreeSet<>();
        descriptor.exports().forEach(x -> {
            assertFalse(x.isQualified(), x.toString());
            exported.add(x.source());
        });
        assertEquals(Set.of(JACKSON2), exported);
        Set<String> required = new TreeSet<>();
        descriptor.requires().forEach(r -> required.add(r.name()));
        assertEquals(Set.of("java.base", "io.github.gongkai.json", "com.fasterxml.jackson.databind"), required);
        assertEquals(1, descriptor.provides().size());
        ModuleDescriptor.Provides provides = descriptor.provides().iterator().next();
        assertEquals("com.fasterxml.jackson.databind.Module", provides.service());
        assertEquals(java.util.List.of(GongkaiJackson2Module.class.getName()), provides.providers());
        String services = Files.readString(Path.of(
                "target/classes/META-INF/services/com.fasterxml.jackson.databind.Module"), StandardCharsets.UTF_8);
        assertEquals(GongkaiJackson2Module.class.getName(), services.strip());
    }
}
