package io.github.gongkai.render;

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
import org.junit.jupiter.api.Test;

/**
 * The render module is named after its package root, exports its API package alone (and its implementation
 * package to the {@code .docx} renderer only), depends on core and validation only (never on the reader: whoever
 * read a report describes where its cells were printed), and its API exposes no type of its implementation.
 */
class ArchitectureTest {

    private static final String RENDER = "io.github.gongkai.render";
    private static final String INTERNAL = RENDER + ".internal";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(RENDER);

    private static final ArchRule API_EXPOSES_NO_INTERNAL_TYPE = classes().that().resideInAPackage(RENDER)
            .and().arePublic()
            .should(exposeNoTypeOf(INTERNAL));

    private static final ArchRule CORE_ONLY = classes().that().resideInAPackage(RENDER + "..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", RENDER + "..", "io.github.gongkai.core..",
                    "io.github.gongkai.validation");

    @Test
    void importedTheMainClassesOnly() {
        assertTrue(CLASSES.contain(TableRenderer.class));
        assertTrue(CLASSES.contain(INTERNAL + ".HtmlWriter"));
        assertFalse(CLASSES.contain(ArchitectureTest.class), "test classes must not be checked");
    }

    @Test
    void theApiDoesNotExposeInternalTypes() {
        API_EXPOSES_NO_INTERNAL_TYPE.check(CLASSES);
    }

    @Test
    void theModuleDependsOnCoreAndTheValidationApiOnly() {
        CORE_ONLY.check(CLASSES);
        noClasses().that().resideInAPackage(RENDER + "..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.gongkai.reader..",
                        "io.github.gongkai.validation.internal..", "io.github.gongkai.validation.jakarta..",
                        "io.github.gongkai.cli..", "io.github.gongkai.testkit..",
                        "io.github.gongkai.json..")
                .check(CLASSES);
    }

    @Test
    void theRulesCatchViolations() {
        // This test class depends on JUnit and ArchUnit, and Leaky's public method returns an internal type.
        JavaClasses tests = new ClassFileImporter().importClasses(ArchitectureTest.class, Leaky.class);
        AssertionError e = assertThrows(AssertionError.class, () -> CORE_ONLY.check(tests));
        assertTrue(e.getMessage().contains("org.junit"), e.getMessage());
        JavaClasses leaky = new ClassFileImporter().importClasses(Leaky.class,
                io.github.gongkai.render.internal.Writers.class);
        e = assertThrows(AssertionError.class, () -> API_EXPOSES_NO_INTERNAL_TYPE.check(leaky));
        assertTrue(e.getMessage().contains("Writers"), e.getMessage());
    }

    /** A public type whose public method exposes an internal type, which the API rule must refuse. */
    public static final class Leaky {
        /**
         * Exposes an internal type.
         *
         * @return nothing
         */
        public io.github.gongkai.render.internal.Writers leak() {
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
        assertEquals(RENDER, descriptor.name());
        for (String pkg : descriptor.packages()) {
            assertTrue(pkg.equals(RENDER) || pkg.startsWith(RENDER + "."), pkg);
        }
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports exports : descriptor.exports()) {
            if (exports.isQualified()) {
                // The internal package, to the .docx renderer alone (the cells' printed text, the title).
                assertEquals(INTERNAL, exports.source(), exports.toString());
                assertEquals(Set.of(RENDER + ".docx"), exports.targets(), exports.toString());
            } else {
                exported.add(exports.source());
            }
        }
        assertEquals(Set.of(RENDER), exported, "the module exports its API package alone, never internal");
        assertEquals(2, descriptor.exports().size(), descriptor.exports().toString());
        assertTrue(descriptor.opens().isEmpty(), descriptor.opens().toString());
        Set<String> required = new TreeSet<>();
        for (ModuleDescriptor.Requires requires : descriptor.requires()) {
            required.add(requires.name());
        }
        assertEquals(Set.of("java.base", "io.github.gongkai.core", "io.github.gongkai.validation"), required);
    }

    @Test
    void noTypeSharesASimpleNameWithOneOfTheOtherModulesOnTheClassPath() {
        // Core, validation, the reader and the test kit are on the test class path; JSON and cli are not.
        JavaClasses others = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.gongkai.core", "io.github.gongkai.validation", "io.github.gongkai.reader",
                        "io.github.gongkai.testkit");
        Set<String> theirs = new TreeSet<>();
        others.stream().filter(JavaClass::isTopLevelClass).forEach(c -> theirs.add(c.getSimpleName()));
        assertTrue(theirs.contains("Report"), theirs.toString());
        List<String> clashes = new ArrayList<>();
        CLASSES.stream().filter(JavaClass::isTopLevelClass)
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .filter(c -> theirs.contains(c.getSimpleName()))
                .forEach(c -> clashes.add(c.getName()));
        assertEquals(List.of(), clashes);
    }

    /** Fails a class whose supertypes or public and protected members name a type of the package. */
    private static ArchCondition<JavaClass> exposeNoTypeOf(String pkg) {
        return new ArchCondition<>("expose no type of " + pkg) {
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
                    if (base.getPackageName().equals(pkg) || base.getPackageName().startsWith(pkg + ".")) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " exposes " + base.getName()));
                    }
                }
            }
        };
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
