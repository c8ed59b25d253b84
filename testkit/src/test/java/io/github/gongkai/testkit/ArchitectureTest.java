package io.github.gongkai.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The test kit depends on the model only: a user's tests get generated reports without the validator, the
 * reader or Jackson; JUnit stays in the {@code junit} package, which is optional.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.gongkai.testkit");

    @Test
    void dependsOnTheModelOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.gongkai.validation..",
                "io.github.gongkai.reader..", "io.github.gongkai.json..", "io.github.gongkai.cli..",
                "io.github.gongkai.core.internal..", "tools.jackson..", "com.fasterxml..").check(CLASSES);
    }

    @Test
    void junitOnlyInItsOwnPackage() {
        noClasses().that().resideInAPackage("io.github.gongkai.testkit")
                .should().dependOnClassesThat().resideInAPackage("org.junit..").check(CLASSES);
    }

    @Test
    void theGeneratorsDoNotDependOnTheJunitSource() {
        noClasses().that().resideInAPackage("io.github.gongkai.testkit")
                .should().dependOnClassesThat().resideInAPackage("io.github.gongkai.testkit.junit..").check(CLASSES);
    }
}
