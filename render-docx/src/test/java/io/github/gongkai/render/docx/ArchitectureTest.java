package io.github.gongkai.render.docx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@code .docx} renderer's shape: named after its package root, it exports its API package alone; its API
 * is {@link DocxTableRenderer}, which exposes no type of POI or of the implementation; nothing outside the module
 * reaches into its implementation; it depends on core, render and POI only.
 */
class ArchitectureTest {

    private static final String API = "io.github.gongkai.render.docx";
    private static final String INTERNAL = API + ".internal";
    private static final String[] POI = {"org.apache.poi..", "org.openxmlformats..", "org.apache.xmlbeans..",
        "com.microsoft.schemas.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(API);

    private static final ArchRule API_EXPOSES_NOTHING_FOREIGN = classes().that().resideInAPackage(API)
            .and().arePublic()
            .should(exposeNoTypeOf(INTERNAL, "org.apache", "org.openxmlformats", "com.microsoft"));

    private static final ArchRule ONLY_CORE_RENDER_AND_POI = classes().that().resideInAPackage(API + "..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat("java..", API + "..",
                    "io.github.gongkai.core..", "io.github.gongkai.render", "io.github.gongkai.render.internal"));

    private static String[] concat(String... packages) {
        List<String> all = new ArrayList<>(List.of(packages));
        all.addAll(List.of(POI));
        return all.toArray(String[]::new);
    }

    @Test
    void importedTheMainClassesOnly() {
        assertTrue(CLASSES.contain(DocxTableRenderer.class));
        assertTrue(CLASSES.contain(INTERNAL + ".DocxWriter"));
        assertFalse(CLASSES.contain(ArchitectureTest.class), "test classes must not be checked");
    }

    @Test
    void theApiIsTheRendererAloneAndExposesNoPoiOrInternalType() {
        assertEquals(Set.of("DocxTableRenderer"), CLASSES.stream()
                .filter(c -> c.getPackageName().equals(API) && c.isTopLevelClass()
                        && !c.getSimpleName().equals("package-info"))
                .map(JavaClass::getSimpleName).collect(Collectors.toSet()));
        API_EXPOSES_NOTHING_FOREIGN.check(CLASSES);
        noClasses().that().resideInAPackage(API).should().dependOnClassesThat().resideInAnyPackage(POI)
                .check(CLASSES);
    }

    @Test
    void nothingOutsideTheModuleReachesIntoItsImplementation() {
        JavaClasses all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.gongkai");
        assertTrue(all.contain("io.github.gongkai.reader.ReportReader"), "the other modules were imported");
        noClasses().that().resideOutsideOfPackages(API + "..")
                .should().dependOnClassesThat().resideInAPackage(INTERNAL + "..")
                .check(all);
    }

    @Test
    void theModuleDependsOnCoreRenderAndPoiOnly() {
        ONLY_CORE_RENDER_AND_POI.check(CLASSES);
        noClasses().that().resideInAPackage(API + "..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.gongkai.reader..",
                        "io.github.gongkai.validation..", "io.github.gongkai.cli..", "io.github.gongkai.testkit..",
                        "io.github.gongkai.json..")
                .check(CLASSES);
    }

    @Test
    void theRulesCatchViolations() {
        // This test class depends on JUnit and ArchUnit; Leaky's public methods return POI and internal types.
        JavaClasses tests = new ClassFileImporter().importClasses(ArchitectureTest.class, Leaky.class);
        AssertionError e = assertThrows(AssertionError.class, () -> ONLY_CORE_RENDER_AND_POI.check(tests));
        assertTrue(e.getMessage().contains("org.junit"), e.getMessage());
        JavaClasses leaky = new ClassFileImporter().importClasses(Leaky.class);
        e = assertThrows(AssertionError.class, () -> API_EXPOSES_NOTHING_FOREIGN.check(leaky));
        assertTrue(e.getMessage().contains("XWPFDocument"), e.getMessage());
        assertTrue(e.getMessage().contains("DocxWriter"), e.getMessage());
    }

    /** A public type whose public methods expose a POI type and an internal type, which the API rule refuses. */
    public static final class Leaky {
        /**
         * Exposes a POI type.
         *
         * @return nothing
         */
        public org.apache.poi.xwpf.usermodel.XWPFDocument document() {
            return null;
        }

        /**
         * Exposes an internal type.
         *
         * @return nothing
         */
        public io.github.gongkai.render.docx.internal.DocxWriter writer() {
            return null;
        }
    }

    @Test
    void theModuleIsNamedAfterItsPackageRootAndExportsTheApiOnly() throws IOException {
        // Tests run on the class path, so the descriptor is read from the compiled module-info.class.
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals(API, descriptor.name());
        for (String pkg : descriptor.packages()) {
            assertTrue(pkg.equals(API) || pkg.startsWith(API + "."), pkg);
        }
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports exports : descriptor.exports()) {
            assertFalse(exports.isQualified(), exports.toString());
            exported.add(exports.source());
        }
        assertEquals(Set.of(API), exported, "the module exports its API package alone, never internal");
        assertTrue(descriptor.opens().isEmpty(), descriptor.opens().toString());
        Set<String> required = new TreeSet<>();
        for (ModuleDescriptor.Requires requires : descriptor.requires()) {
            required.add(requires.name());
            if (requires.name().startsWith("org.")) {
                assertFalse(requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE),
                        "POI is not part of the API: " + requires);
            }
        }
        assertEquals(Set.of("java.base", "io.github.gongkai.core", "io.github.gongkai.render", "org.apache.poi.poi",
                "org.apache.poi.ooxml", "org.apache.poi.ooxml.schemas", "org.apache.xmlbeans"), required);
    }

    /** Fails a class whose supertypes or public and protected members name a type of one of the packages. */
    private static ArchCondition<JavaClass> exposeNoTypeOf(String... packages) {
        return new ArchCondition<>("expose no type of " + String.join(", ", packages)) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<JavaClass> exposed = new ArrayList<>();
                type.getRawSuperclass().ifPresent(exposed::add);
                exposed.addAll(type.getRawInterfaces());
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (visible(unit.getModifiers())) {
                        exposed.add(unit.getRawReturnType());
                        exposed.addAll(unit.getRawParameterTypes());
                        exposed.addAll(unit.getExceptionTypes());
                    }
                }
                for (JavaField field : type.getFields()) {
                    if (visible(field.getModifiers())) {
                        exposed.add(field.getRawType());
                    }
                }
                for (JavaClass t : exposed) {
                    JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
                    for (String pkg : packages) {
                        if (base.getPackageName().equals(pkg) || base.getPackageName().startsWith(pkg + ".")) {
                            events.add(SimpleConditionEvent.violated(type,
                                    type.getName() + " exposes " + base.getName()));
                        }
                    }
                }
            }
        };
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
