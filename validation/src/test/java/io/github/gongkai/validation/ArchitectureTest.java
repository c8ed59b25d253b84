package io.github.gongkai.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.gongkai.validation.internal.RuleEngine;
import io.github.gongkai.validation.jakarta.ReportConstraintValidator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's structure: the API and the Jakarta package show no implementation type, the implementation is
 * not exported, the module reads core and nothing of gongkai above it, Jakarta and Hibernate Validator stay in
 * their package, Jackson nowhere; types are immutable by construction and fields final, with the few stated
 * exceptions; and no type shares its simple name with a type of core or the test kit.
 */
class ArchitectureTest {

    private static final String VALIDATION = "io.github.gongkai.validation";
    private static final String INTERNAL = VALIDATION + ".internal";
    private static final String JAKARTA = VALIDATION + ".jakarta";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(VALIDATION);

    /** Public and protected members of public types outside {@code internal} name no type of it. */
    private static final ArchRule API_HIDES_THE_IMPLEMENTATION = classes().that().arePublic()
            .and().resideOutsideOfPackage(INTERNAL + "..")
            .should(exposeNoTypeOf(INTERNAL));

    private static final ArchRule PUBLIC_TYPES_IMMUTABLE = classes().that().resideInAPackage(VALIDATION + "..")
            .and().arePublic()
            .should(beImmutableByConstruction());

    /**
     * Fields are final, except where filling in is the job: the builder, the collector of findings as the
     * engine runs, the state of one error-location search as it runs, and the Bean Validation validator, which
     * the provider configures through {@code initialize} after constructing it.
     */
    private static final ArchRule FIELDS_FINAL = fields().that().areDeclaredInClassesThat()
            .resideInAPackage(VALIDATION + "..")
            .and().areDeclaredInClassesThat(DescribedPredicate.describe(
                    "are not ReportValidator.Builder, internal.FindingSink, internal.SetSearch,"
                            + " internal.UnreadIdentities.Sums (one assessment's running sums) or"
                            + " ReportConstraintValidator",
                    c -> !c.isEquivalentTo(ReportValidator.Builder.class)
                            && !c.getName().equals(INTERNAL + ".FindingSink")
                            && !c.getName().equals(INTERNAL + ".SetSearch")
                            && !c.getName().equals(INTERNAL + ".UnreadIdentities$Sums")
                            && !c.isEquivalentTo(ReportConstraintValidator.class)))
            .should().beFinal();

    @Test
    void importedTheMainClassesOnly() {
        assertTrue(CLASSES.contain(Rule.class));
        assertTrue(CLASSES.contain(RuleEngine.class));
        assertTrue(CLASSES.contain(ReportConstraintValidator.class));
        assertFalse(CLASSES.contain(ArchitectureTest.class), "test classes must not be checked");
    }

    @Test
    void theApiAndTheJakartaPackageExposeNoInternalType() {
        API_HIDES_THE_IMPLEMENTATION.check(CLASSES);
    }

    @Test
    void internalTypesArePackagePrivateButTheEntryPointsTheApiCalls() {
        classes().that().resideInAPackage(INTERNAL).and().arePublic().and().areTopLevelClasses()
                .should().haveSimpleName("RuleEngine").orShould().haveSimpleName("Messages")
                .orShould().haveSimpleName("CellChecks").orShould().haveSimpleName("Fingerprints")
                .orShould().haveSimpleName("ErrorSearch").orShould().haveSimpleName("CellNumbers")
                .check(CLASSES);
    }

    @Test
    void publicTypesAreFinalEnumsRecordsOrInterfaces() {
        PUBLIC_TYPES_IMMUTABLE.check(CLASSES);
    }

    @Test
    void fieldsAreFinal() {
        FIELDS_FINAL.check(CLASSES);
    }

    @Test
    void theModuleReadsCoreAndTheJdkAndOnlyTheJakartaPackageReadsJakarta() {
        classes().that().resideInAPackage(VALIDATION + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.github.gongkai.core..",
                        VALIDATION + "..", "jakarta.validation..", "org.hibernate.validator..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage(JAKARTA + "..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void noOtherModuleOfGongkaiAndNoJacksonIsRead() {
        noClasses().that().resideInAPackage(VALIDATION + "..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.gongkai.reader..",
                        "io.github.gongkai.json..", "io.github.gongkai.cli..", "io.github.gongkai.testkit..",
                        "tools.jackson..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void theModuleExportsTheApiAndJakartaPackagesAndRequiresCoreAndOptionalJakarta() throws IOException {
        // Tests run on the class path, so the descriptor is read from the compiled module-info.class.
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals(VALIDATION, descriptor.name());
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports exports : descriptor.exports()) {
            assertFalse(exports.isQualified(), exports.toString());
            exported.add(exports.source());
        }
        assertEquals(Set.of(VALIDATION, JAKARTA), exported, "internal is not exported");
        assertTrue(descriptor.opens().isEmpty(), descriptor.opens()::toString);
        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = new TreeMap<>();
        for (ModuleDescriptor.Requires r : descriptor.requires()) {
            requires.put(r.name(), r.modifiers().stream().filter(m -> m != ModuleDescriptor.Requires.Modifier.MANDATED)
                    .collect(Collectors.toSet()));
        }
        assertEquals(Map.of(
                "java.base", Set.of(),
                "io.github.gongkai.core", Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE),
                "jakarta.validation", Set.of(ModuleDescriptor.Requires.Modifier.STATIC),
                "org.hibernate.validator", Set.of(ModuleDescriptor.Requires.Modifier.STATIC)), requires);
    }

    @Test
    void noTypeSharesItsSimpleNameWithATypeOfCoreOrTheTestKit() {
        JavaClasses others = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.gongkai.core", "io.github.gongkai.testkit");
        Set<String> taken = simpleNames(others);
        Set<String> shared = simpleNames(CLASSES);
        shared.retainAll(taken);
        // A nested Builder is the one name every module's builders share, by convention.
        shared.remove("Builder");
        assertEquals(Set.of(), shared);
        assertTrue(taken.contains("Identity") && taken.contains("Term"), "core's types were imported");
    }

    private static Set<String> simpleNames(JavaClasses classes) {
        Set<String> names = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!c.isAnonymousClass() && !c.getSimpleName().isEmpty() && !c.getName().endsWith("module-info")
                    && !c.getSimpleName().equals("package-info")) {
                names.add(c.getSimpleName());
            }
        }
        return names;
    }

    @Test
    void theRulesCatchViolations() {
        JavaClasses bad = new ClassFileImporter().importClasses(Leaky.class);
        AssertionError e = assertThrows(AssertionError.class, () -> API_HIDES_THE_IMPLEMENTATION.check(bad));
        assertTrue(e.getMessage().contains("Leaky.engine()") && e.getMessage().contains("Leaky.engines()")
                && e.getMessage().contains("Leaky.<init>(") && e.getMessage().contains("Leaky.field"),
                e.getMessage());
        e = assertThrows(AssertionError.class, () -> PUBLIC_TYPES_IMMUTABLE.check(bad));
        assertTrue(e.getMessage().contains(Leaky.class.getName()), e.getMessage());
        e = assertThrows(AssertionError.class, () -> FIELDS_FINAL.check(bad));
        assertTrue(e.getMessage().contains("count"), e.getMessage());
    }

    /** A public type that shows an internal type and is neither final nor immutable: every rule refuses it. */
    @SuppressWarnings("unused")
    public static class Leaky {
        public RuleEngine field;
        private int count;

        public Leaky(RuleEngine engine) {
            this.field = engine;
        }

        public RuleEngine engine() {
            return field;
        }

        public List<RuleEngine> engines() {
            return new ArrayList<>();
        }
    }

    private static ArchCondition<JavaClass> exposeNoTypeOf(String packageName) {
        return new ArchCondition<>("expose no type of " + packageName + " in a public or protected signature") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<JavaMember> members = new ArrayList<>(javaClass.getMethods());
                members.addAll(javaClass.getConstructors());
                members.addAll(javaClass.getFields());
                for (JavaMember member : members) {
                    if (!member.getModifiers().contains(JavaModifier.PUBLIC)
                            && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    List<JavaType> types = new ArrayList<>();
                    if (member instanceof JavaField field) {
                        types.add(field.getType());
                    } else if (member instanceof JavaCodeUnit code) {
                        types.add(code.getReturnType());
                        types.addAll(code.getParameterTypes());
                    }
                    for (JavaType type : types) {
                        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
                            if (involved.getPackageName().equals(packageName)) {
                                events.add(SimpleConditionEvent.violated(member,
                                        member.getFullName() + " shows " + involved.getName()));
                            }
                        }
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beImmutableByConstruction() {
        return new ArchCondition<>("be final, an enum, a record or an interface") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean satisfied = javaClass.getModifiers().contains(JavaModifier.FINAL) || javaClass.isEnum()
                        || javaClass.isRecord() || javaClass.isInterface();
                events.add(new SimpleConditionEvent(javaClass, satisfied, javaClass.getName()
                        + (satisfied ? " is" : " is not") + " final, an enum, a record or an interface"));
            }
        };
    }
}
