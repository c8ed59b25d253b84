package io.github.gongkai.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The examples are what users copy into their own code: they use the modules' public APIs only, never an
 * internal or service provider package, and not the testkit, which is for tests (its examples are tests).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.gongkai.examples");

    @Test
    void usesNoModulesInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.gongkai..internal..",
                "io.github.gongkai..spi..").check(CLASSES);
    }

    @Test
    void usesNoTestKit() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.gongkai.testkit..").check(CLASSES);
    }
}
