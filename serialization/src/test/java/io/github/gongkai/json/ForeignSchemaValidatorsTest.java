package io.github.gongkai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import io.github.gongkai.reader.ReportReader;
import io.github.gongkai.testkit.ReportGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published schema, read by validators of other languages, as the tools that read our JSON would (issue 17):
 * Python's {@code jsonschema} (every {@code python3} found with it: the one on the path, Debian's
 * {@code python3-jsonschema}) and Node's ajv in strict mode with ajv-formats. Each checks the schema itself, then
 * every document: the samples, the corpus pages as read (text, Markdown and PDF), generated reports of both
 * editions, and documents each broken in one place, which every validator must refuse. Where a validator is not
 * installed its tests are skipped. The published version-1 schema must take every document written as version 1
 * and refuse those written as version 2 (a cell not read). Where a validator is not
 * installed its tests are skipped; {@code .ci/run} installs both ({@code python3-jsonschema} from Debian,
 * {@code ajv} and {@code ajv-formats} from npm into {@code ~/.cache/gongkai/node}, or {@code GONGKAI_NODE_MODULES}).
 */
@Tag("slow") // Python and Node in subprocesses, on the schema files: under Surefire only, not once per mutant
class ForeignSchemaValidatorsTest {

    private static final Path FOLDER = Path.of("target/foreign-schema");
    private static final Path VALID = FOLDER.resolve("valid");
    private static final Path INVALID = FOLDER.resolve("invalid");
    private static final Path SCHEMA = Path.of("../schema/report-v2.schema.json").toAbsolutePath();
    private static final Path V1_SCHEMA = Path.of("../schema/report-v1.schema.json").toAbsolutePath();
    private static final Path CORPUS = Path.of("../reader/src/test/resources/corpus");
    private static final Path CORPUS_PDF = Path.of("../reader-pdf/src/test/resources/corpus");
    private static final Path SCRIPTS = Path.of("src/test/resources/foreign").toAbsolutePath();

    private static final Set<String> VALID_NAMES = new LinkedHashSet<>();
    private static final Set<String> INVALID_NAMES = new LinkedHashSet<>();

    @BeforeAll
    static void writeDocuments() throws IOException {
        for (Path folder : List.of(VALID, INVALID)) {
            Files.createDirectories(folder);
            try (Stream<Path> old = Files.list(folder)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        ReportJson json = ReportJson.standard();
        int n = 0;
        for (Report report : Samples.all()) {
            valid("sample-" + n + ".json", json.write(report));
            valid("sample-" + n++ + "-pretty.json", ReportJson.builder().pretty(true).build().write(report));
        }
        valid("unread-2021.json", json.write(Samples.unread2021()));
        valid("unread-2019.json", json.write(Samples.unread2019()));
        for (Path page : corpusPages()) {
            valid("corpus-" + page.getFileName() + ".json", json.write(ReportReader.standard().read(page).report()));
        }
        SplittableRandom random = new SplittableRandom(20261203);
        for (Edition edition : Edition.values()) {
            ReportGenerator generator = ReportGenerator.builder().edition(edition).blankZeroProbability(0.5).build();
            for (int i = 0; i < 20; i++) {
                valid("generated-" + edition.key() + "-" + i + ".json", json.write(generator.generate(random)));
            }
        }
        String sample = json.write(Samples.liangshan2021());
        String marked = json.write(Samples.liangshan2021().with(CellRef.parse("T3/disclosed/naturalPerson"),
                CellValue.notApplicable("/")));
        invalid("placeholder-with-digit.json", marked, "{\"na\":\"/\"}", "{\"na\":\"/5\"}");
        invalid("placeholder-blank.json", marked, "{\"na\":\"/\"}", "{\"na\":\"\u3000\"}");
        invalid("organ-blank.json", sample, "\"organName\":\"凉山州经济和信息化局\"", "\"organName\":\" \u3000\"");
        invalid("organ-control.json", sample, "\"organName\":\"凉山州经济和信息化局\"",
                "\"organName\":\"凉山州\\u0007局\"");
        invalid("version-1-with-unread.json", json.write(Samples.unread2021()), "\"version\":2", "\"version\":1");
        invalid("count-negative.json", sample, "\"naturalPerson\":0", "\"naturalPerson\":-1");
        invalid("cell-missing.json", sample, "\"naturalPerson\":0,", "");
    }

    private static List<Path> corpusPages() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path folder : List.of(CORPUS, CORPUS_PDF)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.toString().matches(".*\\.(txt|md|pdf)$")).filter(p -> !p.endsWith("README.md"))
                        .sorted().forEach(pages::add);
            }
        }
        assertTrue(pages.size() >= 5, pages::toString);
        return pages;
    }

    private static void valid(String name, String document) throws IOException {
        Files.writeString(VALID.resolve(name), document, StandardCharsets.UTF_8);
        VALID_NAMES.add(name);
    }

    /** A document broken in one place: the first {@code from} of a valid one replaced by {@code to}. */
    private static void invalid(String name, String document, String from, String to) throws IOException {
        int at = document.indexOf(from);
        if (at < 0) {
            throw new IllegalStateException(name + ": the document holds no " + from);
        }
        String broken = document.substring(0, at) + to + document.substring(at + from.length());
        Files.writeString(INVALID.resolve(name), broken, StandardCharsets.UTF_8);
        INVALID_NAMES.add(name);
    }

    @Test
    void theDocumentsAreValidForTheLibraryItselfAndTheBrokenOnesAreNot() throws IOException {
        for (String name : VALID_NAMES) {
            SchemaCheck.assertValid(Files.readString(VALID.resolve(name), StandardCharsets.UTF_8));
        }
        for (String name : INVALID_NAMES) {
            SchemaCheck.assertInvalid(Files.readString(INVALID.resolve(name), StandardCharsets.UTF_8));
        }
    }

    @TestFactory
    List<DynamicTest> pythonJsonschema() throws IOException, InterruptedException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String python : pythons()) {
            tests.add(DynamicTest.dynamicTest(python, () -> checkWith(List.of(python,
                    SCRIPTS.resolve("validate.py").toString()), Map.of())));
        }
        Assumptions.assumeFalse(tests.isEmpty(), "no python3 with jsonschema (Debian: python3-jsonschema)");
        return tests;
    }

    @Test
    void nodeAjv() throws IOException, InterruptedException {
        Path modules = nodeModules();
        Assumptions.assumeTrue(Files.isDirectory(modules.resolve("ajv")) && Files.isDirectory(
                modules.resolve("ajv-formats")) && runs(List.of("node", "--version"), Map.of()),
                "node with ajv and ajv-formats in " + modules);
        checkWith(List.of("node", SCRIPTS.resolve("validate.cjs").toString()), Map.of("NODE_PATH", modules.toString()));
    }

    private static Path nodeModules() {
        String configured = System.getenv("GONGKAI_NODE_MODULES");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "gongkai", "node", "node_modules");
    }

    /** Every distinct python3 (the path's, Debian's) that has jsonschema. */
    private static List<String> pythons() throws IOException, InterruptedException {
        Map<String, String> byRealPath = new LinkedHashMap<>();
        for (String python : List.of("python3", "/usr/bin/python3")) {
            if (runs(List.of(python, "-c", "import jsonschema"), Map.of())) {
                String version = output(List.of(python, "-c",
                        "import sys, importlib.metadata as m; print(sys.executable, m.version('jsonschema'))"));
                byRealPath.putIfAbsent(version.trim(), python);
            }
        }
        return List.copyOf(byRealPath.values());
    }

    private static void checkWith(List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        for (Path schema : List.of(SCHEMA, V1_SCHEMA)) {
            List<String> valid = new ArrayList<>(command);
            valid.addAll(List.of(schema.toString(), VALID.toAbsolutePath().toString()));
            Map<String, String> results = results(run(valid, env));
            boolean version1 = schema.equals(V1_SCHEMA);
            for (String name : VALID_NAMES) {
                boolean written2 = Files.readString(VALID.resolve(name), StandardCharsets.UTF_8)
                        .contains("\"version\":2");
                String expected = version1 && written2 ? "invalid" : "ok";
                assertEquals(expected, results.get(name).split(":")[0], () -> schema.getFileName() + " " + name
                        + ": " + results.get(name));
            }
        }
        List<String> invalid = new ArrayList<>(command);
        invalid.addAll(List.of(SCHEMA.toString(), INVALID.toAbsolutePath().toString()));
        Map<String, String> results = results(run(invalid, env));
        for (String name : INVALID_NAMES) {
            assertTrue(results.get(name).startsWith("invalid"), () -> name + ": " + results.get(name));
        }
    }

    /** The script's verdict per file, after checking that it took the schema. */
    private static Map<String, String> results(String output) {
        List<String> lines = output.lines().toList();
        assertEquals("schema ok", lines.isEmpty() ? "" : lines.get(0), output);
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String verdict = line.substring(0, line.indexOf(' '));
            String rest = line.substring(line.indexOf(' ') + 1);
            int colon = rest.indexOf(": ");
            String name = colon < 0 ? rest : rest.substring(0, colon);
            results.put(name, verdict + (colon < 0 ? "" : ":" + rest.substring(colon + 1)));
        }
        return results;
    }

    private static String run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command::toString);
        assertEquals(0, process.exitValue(), () -> command + ":\n" + output);
        return output;
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        return run(command, Map.of());
    }

    private static boolean runs(List<String> command, Map<String, String> env) throws InterruptedException {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
