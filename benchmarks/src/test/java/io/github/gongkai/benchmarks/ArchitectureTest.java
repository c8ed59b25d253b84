package io.github.gongkai.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure what users call: the modules' public APIs, never their internals (a benchmark of an
 * internal fast path would measure what no caller gets).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.gongkai.benchmarks");

    @Test
    void usesNoModulesInternals() {
        // The benchmarks' own package, not JMH's generated code beside it.
        noClasses().that().resideInAPackage("io.github.gongkai.benchmarks")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.gongkai..internal..",
                        "io.github.gongkai..spi..")
                .check(CLASSES);
    }
}
