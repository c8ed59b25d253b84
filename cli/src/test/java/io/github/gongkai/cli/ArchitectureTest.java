package io.github.gongkai.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI is the top layer: it uses the modules' public APIs only, never their internals, and it is the only
 * place that prints. Its one public type is {@link GongkaiCli}.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.gongkai.cli");

    @Test
    void usesNoModulesInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.gongkai.core.internal..",
                "io.github.gongkai.reader.internal..", "io.github.gongkai.validation.internal..",
                "io.github.gongkai.json.internal..", "io.github.gongkai.render.internal..",
                "io.github.gongkai.render.docx.internal..").check(CLASSES);
    }

    /**
     * Across every module of the project, no two top-level types share a simple name: an IDE that
     * auto-imports {@code ReportReader} or {@code Engine} must not be able to pick the wrong one.
     */
    @Test
    void noTwoModulesShareATypeName() {
        JavaClasses all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.gongkai");
        java.util.Map<String, java.util.Set<String>> modules = new java.util.TreeMap<>();
        for (com.tngtech.archunit.core.domain.JavaClass type : all) {
            if (type.isTopLevelClass() && !type.getSimpleName().equals("package-info")) {
                // The module: reader.pdf, reader.word and render.docx are modules of their own.
                String module = type.getPackageName()
                        .replaceFirst("^io\\.github\\.gongkai\\.(reader\\.(?:pdf|word)|render\\.docx|[a-z0-9]+).*", "$1");
                modules.computeIfAbsent(type.getSimpleName(), k -> new java.util.TreeSet<>()).add(module);
            }
        }
        modules.values().removeIf(set -> set.size() < 2);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of(), modules,
                "type names used in more than one module");
    }

    @Test
    void usesNoTestKit() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.gongkai.testkit..").check(CLASSES);
    }

    @Test
    void onlyTheEntryPointIsPublic() {
        classes().that().arePublic().and().areTopLevelClasses().should().haveSimpleName("GongkaiCli")
                .check(CLASSES);
        classes().that().haveSimpleName("GongkaiCli").should().haveModifier(JavaModifier.FINAL).check(CLASSES);
    }

    @Test
    void filesAreWrittenOnlyThroughOutput() {
        // Every output file is replaced atomically by Output; nothing else may open a file for writing.
        noClasses().that().doNotHaveSimpleName("Output")
                .should().callMethod(java.nio.file.Files.class, "newBufferedWriter", java.nio.file.Path.class,
                        java.nio.file.OpenOption[].class)
                .orShould().callMethod(java.nio.file.Files.class, "newOutputStream", java.nio.file.Path.class,
                        java.nio.file.OpenOption[].class)
                .orShould().callMethod(java.nio.file.Files.class, "write", java.nio.file.Path.class, byte[].class,
                        java.nio.file.OpenOption[].class)
                .check(CLASSES);
    }
}
