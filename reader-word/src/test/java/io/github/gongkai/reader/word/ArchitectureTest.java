package io.github.gongkai.reader.word;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.gongkai.reader.spi.DocumentReader;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Word reader's shape: the provider is its only API, the implementation stays inside the module and is not
 * exported, and the provider is declared both ways ({@code provides} in the module, {@code META-INF/services} on
 * the class path).
 */
class ArchitectureTest {

    private static final String API = "io.github.gongkai.reader.word";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(API);

    @Test
    void nothingButTheProviderReachesIntoTheImplementation() {
        noClasses().that().resideInAPackage(API).and().doNotHaveSimpleName("WordDocumentReader")
                .should().dependOnClassesThat().resideInAPackage(API + ".internal..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages(API + "..")
                .should().dependOnClassesThat().resideInAPackage(API + ".internal..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.gongkai"));
    }

    @Test
    void theApiIsTheProviderAlone() {
        assertEquals(Set.of("WordDocumentReader"), CLASSES.stream()
                .filter(c -> c.getPackageName().equals(API) && c.isTopLevelClass())
                .map(c -> c.getSimpleName()).collect(Collectors.toSet()));
        noClasses().that().resideInAPackage(API).should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void theModuleExportsOnlyTheApiAndProvidesTheReader() throws Exception {
        Path classes = Path.of(WordDocumentReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            assertEquals(Set.of(API), module.exports().stream().map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet()));
            assertTrue(module.opens().isEmpty(), "opens nothing");
            assertEquals(1, module.provides().size());
            ModuleDescriptor.Provides provides = module.provides().iterator().next();
            assertEquals(DocumentReader.class.getName(), provides.service());
            assertEquals(List.of(WordDocumentReader.class.getName()), provides.providers());
        }
        String services = Files.readString(classes.resolve("META-INF/services/" + DocumentReader.class.getName()),
                StandardCharsets.UTF_8);
        assertEquals(WordDocumentReader.class.getName(), services.strip());
    }
}
