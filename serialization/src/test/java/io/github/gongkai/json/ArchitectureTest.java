package io.github.gongkai.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON module is named after its package root, exports its API package (and its implementation to the Jackson 2
 * module alone), depends on core and Jackson 3 only, and its API exposes no type of its implementation.
 */
class ArchitectureTest {

    private static final String JSON = "io.github.gongkai.json";
    private static final String INTERNAL = JSON + ".internal";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(JSON);

    private static final ArchRule API_EXPOSES_NO_INTERNAL_TYPE = classes().that().resideInAPackage(JSON)
            .and().arePublic()
            .should(exposeNoTypeOf(INTERNAL));

    private static final ArchRule CORE_AND_JACKSON_ONLY = classes().that().resideInAPackage(JSON + "..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", JSON + "..", "io.github.gongkai.core..",
                    "tools.jackson..", "com.fasterxml.jackson.annotation..");

    @Test
    void importedTheMainClassesOnly() {
        assertTrue(CLASSES.contain(ReportJson.class));
        assertTrue(CLASSES.contain(INTERNAL + ".JsonReportParser"));
        assertFalse(CLASSES.contain(ArchitectureTest.class), "test classes must not be checked");
    }

    @Test
    void theApiDoesNotExposeInternalTypes() {
        API_EXPOSES_NO_INTERNAL_TYPE.check(CLASSES);
    }

    @Test
    void theModuleDependsOnCoreAndJackson3Only() {
        CORE_AND_JACKSON_ONLY.check(CLASSES);
        noClasses().that().resideInAPackage(JSON + "..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.gongkai.reader..",
                        "io.github.gongkai.validation..", "io.github.gongkai.cli..", "io.github.gongkai.testkit..",
                        "com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..")
                .check(CLASSES);
    }

    /**
     * ReportJson, its exception and JSON Lines stay on jackson-core: jackson-databind's annotation introspection
     * needs jackson-annotations 2.21 or newer, which Spring Boot 3 downgrades (gongkai-jackson2 relies on it).
     */
    private static final ArchRule STREAMING_ONLY = noClasses()
            .that().belongToAnyOf(ReportJson.class, ReportJson.Builder.class, ReportJson.Limits.class,
                    ReportJsonException.class, JsonLines.class)
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("tools.jackson.databind..",
                    "com.fasterxml.jackson.annotation..");

    @Test
    void readingAndWritingWithReportJsonNeedNoDatabind() {
        STREAMING_ONLY.check(CLASSES);
        JavaClasses withModule = new ClassFileImporter().importClasses(ReportJson.class, GongkaiJacksonModule.class);
        AssertionError e = assertThrows(AssertionError.class, () -> noClasses()
                .that().belongToAnyOf(GongkaiJacksonModule.class)
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("tools.jackson.databind..")
                .check(withModule));
        assertTrue(e.getMessage().contains("tools.jackson.databind"), e.getMessage());
    }

    @Test
    void theRulesCatchViolations() {
        // This test class depends on JUnit and ArchUnit, and Leaky's public method returns an internal type.
        JavaClasses tests = new ClassFileImporter().importClasses(ArchitectureTest.class, Leaky.class);
        AssertionError e = assertThrows(AssertionError.class, () -> CORE_AND_JACKSON_ONLY.check(tests));
        assertTrue(e.getMessage().contains("org.junit"), e.getMessage());
        JavaClasses leaky = new ClassFileImporter().importClasses(Leaky.class,
                io.github.gongkai.json.internal.ReportWriter.class);
        e = assertThrows(AssertionError.class, () -> API_EXPOSES_NO_INTERNAL_TYPE.check(leaky));
        assertTrue(e.getMessage().contains("ReportWriter"), e.getMessage());
    }

    /** A public type whose public method exposes an internal type, which the API rule must refuse. */
    public static final class Leaky {
        /**
         * Exposes an internal type.
         *
         * @return nothing
         */
        public io.github.gongkai.json.internal.ReportWriter leak() {
            return null;
        }
    }

    @Test
    void theModuleIsNamedAfterItsPackageRootAndExportsOnlyItsApiToAll() throws IOException {
        // Tests run on the class path, so the descriptor is read from the compiled module-info.class.
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals(JSON, descriptor.name());
        for (String pkg : descriptor.packages()) {
            assertTrue(pkg.equals(JSON) || pkg.startsWith(JSON + "."), pkg);
        }
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports exports : descriptor.exports()) {
            exported.add(exports.source());
            if (exports.source().equals(JSON)) {
                assertFalse(exports.isQualified(), exports.toString());
            } else {
                // The keyed problems are for the Jackson 2 module's own errors, never for users.
                assertEquals(Set.of("io.github.gongkai.jackson2"), exports.targets(), exports.toString());
            }
        }
        assertEquals(Set.of(JSON, INTERNAL), exported, "the module exports its API package, and internal to gongkai");
        assertTrue(descriptor.opens().isEmpty(), descriptor.opens().toString());
        Set<String> required = new TreeSet<>();
        for (ModuleDescriptor.Requires requires : descriptor.requires()) {
            required.add(requires.name());
        }
        assertEquals(Set.of("java.base", "io.github.gongkai.core", "tools.jackson.databind"), required);
    }

    @Test
    void noTypeSharesASimpleNameWithOneOfTheOtherModulesOnTheClassPath() {
        // Core and the test kit are on the test class path; the reader, validation and cli are not.
        JavaClasses others = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.gongkai.core", "io.github.gongkai.testkit");
        Set<String> theirs = new TreeSet<>();
        others.stream().filter(JavaClass::isTopLevelClass).forEach(c -> theirs.add(c.getSimpleName()));
        assertTrue(theirs.contains("Report"), theirs.toString());
        List<String> clashes = new ArrayList<>();
        CLASSES.stream().filter(JavaClass::isTopLevelClass)
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .filter(c -> theirs.contains(c.getSimpleName()))
                .forEach(c -> clashes.add(c.getName()));
        assertEquals(List.of(), clashes);
    }

    /** Fails a class whose supertypes or public and protected members name a type of the package. */
    private static ArchCondition<JavaClass> exposeNoTypeOf(String pkg) {
        return new ArchCondition<>("expose no type of " + pkg) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<JavaClass> exposed = new ArrayList<>();
                type.getRawSuperclass().ifPresent(exposed::add);
                exposed.addAll(type.getRawInterfaces());
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (visible(unit.getModifiers())) {
                        exposed.add(unit.getRawReturnType());
                        exposed.addAll(unit.getRawParameterTypes());
                        exposed.addAll(unit.getExceptionTypes());
                    }
                }
                for (JavaField field : type.getFields()) {
                    if (visible(field.getModifiers())) {
                        exposed.add(field.getRawType());
                    }
                }
                for (JavaClass t : exposed) {
                    JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
                    if (base.getPackageName().equals(pkg) || base.getPackageName().startsWith(pkg + ".")) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " exposes " + base.getName()));
                    }
                }
            }
        };
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
