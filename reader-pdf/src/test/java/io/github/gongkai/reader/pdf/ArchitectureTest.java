package io.github.gongkai.reader.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's layers: the provider is its only API; PDFBox stays behind it; nothing reaches into the reader. */
class ArchitectureTest {

    private static final String API = "io.github.gongkai.reader.pdf";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(API);

    @Test
    void pdfBoxIsUsedOnlyInternally() {
        noClasses().that().resideInAPackage(API).should().dependOnClassesThat()
                .resideInAPackage("org.apache.pdfbox..").check(CLASSES);
    }

    @Test
    void theReadersInternalsAreNotUsed() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.gongkai.reader.internal..")
                .check(CLASSES);
    }

    @Test
    void internalClassesArePackagePrivateButTheEntryPoint() {
        classes().that().resideInAPackage(API + ".internal").and().areNotAssignableTo(
                io.github.gongkai.reader.pdf.internal.PdfLayout.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void theModuleExportsTheProviderAloneAndProvidesIt() throws Exception {
        Path classes = Path.of(PdfDocumentReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (var in = Files.newInputStream(classes.resolve("module-info.class"))) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            assertEquals("io.github.gongkai.reader.pdf", module.name());
            assertEquals(Set.of(API), module.exports().stream().map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet()));
            assertTrue(module.provides().stream().anyMatch(p -> p.service()
                    .equals("io.github.gongkai.reader.spi.DocumentReader")
                    && p.providers().equals(java.util.List.of(API + ".PdfDocumentReader"))));
        }
    }
}
