package io.github.gongkai.core;

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
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The core module depends on the JDK alone, and its public types are immutable. */
class ArchitectureTest {

    private static final String CORE = "io.github.gongkai.core";

    private static final JavaClasses CORE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    @Test
    void importedTheMainClassesOnly() {
        assertTrue(CORE_CLASSES.contain(Report.class));
        assertTrue(CORE_CLASSES.contain(CellValue.Amount.class));
        assertTrue(CORE_CLASSES.contain(Report.Builder.class));
        assertFalse(CORE_CLASSES.contain(ArchitectureTest.class), "test classes must not be checked");
    }

    private static final ArchRule JDK_ONLY = classes().that().resideInAPackage(CORE + "..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE + "..");

    private static final ArchRule PUBLIC_NESTED_TYPES_IMMUTABLE = classes().that().resideInAPackage(CORE + "..")
            .and().arePublic().and().areNestedClasses()
            .should(beImmutableByConstruction());

    @Test
    void coreDependsOnTheJdkAndItselfOnly() {
        JDK_ONLY.check(CORE_CLASSES);
    }

    @Test
    void theRulesCatchViolations() {
        // This test class depends on JUnit and ArchUnit, and declares a public class that is not final.
        JavaClasses tests = new ClassFileImporter().importClasses(ArchitectureTest.class, NotFinal.class);
        AssertionError e = assertThrows(AssertionError.class, () -> JDK_ONLY.check(tests));
        assertTrue(e.getMessage().contains("org.junit"), e.getMessage());
        e = assertThrows(AssertionError.class, () -> PUBLIC_NESTED_TYPES_IMMUTABLE.check(tests));
        assertTrue(e.getMessage().contains(NotFinal.class.getName()), e.getMessage());
    }

    /** A public type that the immutability rule must refuse. */
    public static class NotFinal {
    }

    @Test
    void coreNeverDependsOnJsonValidationOrPersistenceLibraries() {
        noClasses().that().resideInAPackage(CORE + "..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml..", "jakarta..", "javax..", "org.hibernate..")
                .check(CORE_CLASSES);
    }

    @Test
    void publicTopLevelTypesAreFinalEnumsRecordsOrInterfaces() {
        classes().that().resideInAPackage(CORE + "..").and().arePublic().and().areTopLevelClasses()
                .should(beImmutableByConstruction())
                .check(CORE_CLASSES);
    }

    @Test
    void publicNestedTypesAreFinalEnumsRecordsOrInterfacesToo() {
        PUBLIC_NESTED_TYPES_IMMUTABLE.check(CORE_CLASSES);
    }

    @Test
    void fieldsAreFinalOutsideTheBuilder() {
        fields().that().areDeclaredInClassesThat().resideInAPackage(CORE + "..")
                .and().areDeclaredInClassesThat(notTheBuilder())
                // The one field set after construction: core's hooks, installed once when Report loads.
                .and().areDeclaredInClassesThat(DescribedPredicate.describe("are not CoreAccess",
                        javaClass -> !javaClass.isEquivalentTo(io.github.gongkai.core.internal.CoreAccess.class)))
                .should().beFinal()
                .check(CORE_CLASSES);
    }

    @Test
    void moduleRequiresOnlyTheJdkAndExportsTheModelAndItsFastPathsOnlyToSiblings() throws java.io.IOException {
        // Tests run on the class path, so the descriptor is read from the compiled module-info.class.
        ModuleDescriptor descriptor;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(
                java.nio.file.Path.of("target/classes/module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals(CORE, descriptor.name());
        for (ModuleDescriptor.Requires requires : descriptor.requires()) {
            assertTrue(requires.name().startsWith("java."), "core must require no library: " + requires.name());
        }
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports exports : descriptor.exports()) {
            exported.add(exports.source());
            if (exports.source().equals(CORE)) {
                assertFalse(exports.isQualified(), exports.toString());
            } else {
                // The slot layout, bulk copies and the message-file loader are for gongkai's own modules, never
                // for users.
                assertEquals(Set.of("io.github.gongkai.reader", "io.github.gongkai.validation",
                        "io.github.gongkai.json", "io.github.gongkai.render"), exports.targets(), exports.toString());
            }
        }
        assertEquals(Set.of(CORE, CORE + ".internal"), exported);
    }

    private static DescribedPredicate<JavaClass> notTheBuilder() {
        return DescribedPredicate.describe("are not Report.Builder",
                javaClass -> !javaClass.isEquivalentTo(Report.Builder.class));
    }

    private static ArchCondition<JavaClass> beImmutableByConstruction() {
        return new ArchCondition<>("be final, an enum, a record or an interface") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean satisfied = javaClass.getModifiers().contains(JavaModifier.FINAL)
                        || javaClass.isEnum()
                        || javaClass.isRecord()
                        || javaClass.isInterface();
                events.add(new SimpleConditionEvent(javaClass, satisfied,
                        javaClass.getName() + (satisfied ? " is" : " is not") + " final, an enum, a record or an interface"));
            }
        };
    }
}
