package io.github.gongkai.quarkus.example;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The example is what a Quarkus user copies: it uses gongkai's public API only (never an internal or service
 * provider package, nor the testkit), and Quarkus's and Jakarta's APIs; its classes are final.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.gongkai.quarkus.example");

    @Test
    void usesGongkaisPublicApiOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.gongkai..internal..",
                "io.github.gongkai..spi..", "io.github.gongkai.testkit..").check(CLASSES);
    }

    @Test
    void dependsOnlyOnTheApisAUserHas() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", "io.quarkus..",
                "org.jboss.resteasy.reactive..", "org.hibernate.validator", "com.fasterxml.jackson.databind",
                "org.eclipse.microprofile.config", "io.github.gongkai..").check(CLASSES);
    }

    @Test
    void classesAreFinal() {
        classes().that().areTopLevelClasses().and().areNotInterfaces().should().haveModifier(
                com.tngtech.archunit.core.domain.JavaModifier.FINAL).check(CLASSES);
    }
}
