package io.github.gongkai.reader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The API package is small and self-contained; the implementation stays behind it. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.gongkai.reader");

    @Test
    void onlyTheReaderItselfReachesIntoTheImplementation() {
        noClasses().that().resideInAPackage("io.github.gongkai.reader")
                .and().doNotHaveSimpleName("ReportReader")
                .should().dependOnClassesThat().resideInAPackage("io.github.gongkai.reader.internal..")
                .check(CLASSES);
    }

    @Test
    void theApiDoesNotExposeJsoup() {
        noClasses().that().resideInAPackage("io.github.gongkai.reader")
                .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
                .check(CLASSES);
    }
}
