package io.github.gongkai.reader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layers of the reader: a small, self-contained API package; the implementation behind it, never
 * exported; and nothing underneath but core and jsoup.
 */
class ArchitectureTest {

    private static final String API = "io.github.gongkai.reader";
    private static final String INTERNAL = "io.github.gongkai.reader.internal..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(API);

    @Test
    void onlyTheReaderItselfReachesIntoTheImplementation() {
        noClasses().that().resideInAPackage(API)
                .and().doNotHaveSimpleName("ReportReader")
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .check(CLASSES);
    }

    @Test
    void theApiExposesNoInternalType() {
        methods().that().areDeclaredInClassesThat().resideInAPackage(API)
                .and().arePublic()
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a type outside the implementation",
                        (JavaClass c) -> !c.getPackageName().startsWith(API + ".internal")))
                .check(CLASSES);
        for (JavaClass type : CLASSES) {
            if (!type.getPackageName().equals(API) || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            type.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                    .flatMap(m -> m.getRawParameterTypes().stream())
                    .forEach(p -> assertTrue(!p.getPackageName().startsWith(API + ".internal"),
                            () -> type.getName() + " takes " + p.getName()));
            type.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                    .forEach(f -> assertTrue(!f.getRawType().getPackageName().startsWith(API + ".internal"),
                            () -> type.getName() + "." + f.getName()));
        }
    }

    @Test
    void theApiDoesNotExposeJsoup() {
        noClasses().that().resideInAPackage(API)
                .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
                .check(CLASSES);
    }

    @Test
    void theModuleExportsOnlyTheApi() {
        ModuleDescriptor module = ReportReader.class.getModule().getDescriptor();
        if (module == null) {
            return; // tests on the class path: the module descriptor is checked when the module is run
        }
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertEquals(Set.of(API), exported);
    }

    @Test
    void theReaderDependsOnCoreAndJsoupOnly() {
        noClasses().that().resideInAPackage("io.github.gongkai.reader..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.gongkai.validation..",
                        "io.github.gongkai.json..", "io.github.gongkai.cli..", "io.github.gongkai.testkit..",
                        "io.github.gongkai.benchmarks..", "com.fasterxml..", "jakarta..", "javax.json..")
                .check(CLASSES);
        classes().that().resideInAPackage("io.github.gongkai.reader..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.github.gongkai.reader..",
                        "io.github.gongkai.core", "io.github.gongkai.core.internal", "org.jsoup..", "java..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("io.github.gongkai.reader..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are in core.internal other than CoreAccess, MessageBundle and MessageText",
                        (JavaClass c) -> c.getPackageName().equals("io.github.gongkai.core.internal")
                                && !c.getName().startsWith("io.github.gongkai.core.internal.CoreAccess")
                                && !c.getName().equals("io.github.gongkai.core.internal.MessageBundle")
                                && !c.getName().equals("io.github.gongkai.core.internal.MessageText")))
                .check(CLASSES);
    }

    /**
     * The module descriptor, read from the compiled {@code module-info}: it exports the API package and the
     * service interface alone, and uses the document readers.
     */
    @Test
    void theModuleInfoExportsNoImplementation() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(
                ReportReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.nio.file.Path descriptor = classes.resolve("module-info.class");
        assertTrue(java.nio.file.Files.isRegularFile(descriptor), descriptor::toString);
        try (var in = java.nio.file.Files.newInputStream(descriptor)) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            assertEquals(Set.of(API, API + ".spi"), module.exports().stream().map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet()));
            assertEquals(Set.of(API + ".spi.DocumentReader"), module.uses());
            assertTrue(module.opens().isEmpty(), "opens nothing");
            Set<String> requires = module.requires().stream().map(ModuleDescriptor.Requires::name)
                    .filter(n -> !n.startsWith("java.")).collect(Collectors.toSet());
            assertEquals(Set.of("io.github.gongkai.core", "org.jsoup"), requires);
        }
    }
}
