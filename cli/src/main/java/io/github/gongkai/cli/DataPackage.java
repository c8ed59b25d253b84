package io.github.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Frictionless Data Package ({@code datapackage.json}, profile {@code tabular-data-package}) written beside a
 * CSV file the CLI writes into a folder: one tabular data resource per CSV, with its dialect and a Table Schema
 * (the columns' names in header order, their types {@code string}, {@code integer} or {@code number}, an
 * {@code enum} constraint where a column holds keys, {@code missingValues} {@code [""]} and, for the cells, the
 * primary key {@code source, cell}).
 *
 * <p>The file is shared by the CSV files of a folder: writing {@code cells.csv} replaces the resource whose
 * {@code path} is {@code cells.csv} and keeps the others ({@code findings.csv}). A {@code datapackage.json} that is
 * not a JSON object with a {@code resources} array is not ours to replace: it is refused before any input is read.
 * The file is replaced atomically, like every output.
 */
final class DataPackage {

    /** The file's name. */
    static final String FILE = "datapackage.json";

    private final Path file;
    private final String option;
    private final Collection<Path> inputs;
    private final ObjectNode document;

    private DataPackage(Path file, String option, Collection<Path> inputs, ObjectNode document) {
        this.file = file;
        this.option = option;
        this.inputs = inputs;
        this.document = document;
    }

    /**
     * The data package beside a CSV file, read and checked now, before any input is read.
     *
     * @param csv the CSV file, or null or {@code -} for standard output (then there is no package)
     * @param option the option that named the CSV, for messages
     * @param inputs the command's inputs, none of which the package may be
     * @return the package, or null for standard output
     * @throws OperatorException if a {@code datapackage.json} is there and is not a data package
     */
    static DataPackage beside(Path csv, String option, Collection<Path> inputs) {
        if (csv == null || Output.isStandard(csv)) {
            return null;
        }
        Path file = csv.toAbsolutePath().normalize().resolveSibling(FILE);
        ObjectNode document = FindingsJson.MAPPER.createObjectNode();
        if (Files.exists(file)) {
            JsonNode existing;
            try {
                existing = FindingsJson.MAPPER.readTree(file.toFile());
            } catch (JacksonException e) {
                existing = null;
            }
            if (!(existing instanceof ObjectNode object) || !object.path("resources").isArray()) {
                throw new OperatorException(lang -> option + " " + Display.path(csv) + lang.t("：", ": ")
                        + Display.path(file) + lang.t(" 已存在且不是数据包；请移走它，或把 CSV 写到别的文件夹",
                        " is there and is not a data package; move it or write the CSV into another folder"));
            }
            document = object;
        }
        return new DataPackage(file, option, inputs, document);
    }

    /** The package's file. */
    Path file() {
        return file;
    }

    /**
     * Adds or replaces the resource of a CSV file and writes the package.
     *
     * @param csv the CSV file, in this package's folder
     * @param columns its columns, in header order
     * @param primaryKey the columns that name a row, or empty for none
     * @param excel whether the CSV was written for Excel (a byte order mark, CRLF)
     * @throws IOException if the package cannot be written
     */
    void write(Path csv, List<ExportColumn> columns, List<String> primaryKey, boolean excel) throws IOException {
        String path = csv.getFileName().toString();
        document.put("profile", "tabular-data-package");
        if (!document.has("name")) {
            document.put("name", "gongkai");
        }
        ArrayNode resources = (ArrayNode) document.get("resources");
        if (resources == null) {
            resources = document.putArray("resources");
        }
        for (int i = resources.size() - 1; i >= 0; i--) {
            if (path.equals(resources.get(i).path("path").asString(""))) {
                resources.remove(i);
            }
        }
        resources.add(resource(path, columns, primaryKey, excel));
        try (Output output = Output.to(file, option, inputs, null)) {
            PrintWriter out = new PrintWriter(output.writer());
            out.println(FindingsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document));
            out.flush();
            output.commit();
        }
    }

    /** A tabular data resource: the file, its dialect and its Table Schema. */
    static ObjectNode resource(String path, List<ExportColumn> columns, List<String> primaryKey, boolean excel) {
        ObjectNode resource = FindingsJson.MAPPER.createObjectNode();
        resource.put("name", name(path));
        resource.put("path", path);
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        ObjectNode dialect = resource.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", excel ? "\r\n" : "\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        ObjectNode schema = resource.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (ExportColumn column : columns) {
            ObjectNode field = fields.addObject();
            field.put("name", column.name());
            field.put("type", column.type().schemaName());
            field.put("description", column.description());
            if (!column.values().isEmpty()) {
                ArrayNode values = field.putObject("constraints").putArray("enum");
                column.values().forEach(values::add);
            }
        }
        schema.putArray("missingValues").add("");
        if (!primaryKey.isEmpty()) {
            ArrayNode key = schema.putArray("primaryKey");
            primaryKey.forEach(key::add);
        }
        return resource;
    }

    /** A resource name as the spec allows ({@code [-a-z0-9._/]+}): the file's name, lower case, others as '-'. */
    static String name(String path) {
        String name = path.toLowerCase(Locale.ROOT).replaceAll("\\.csv$", "").replaceAll("[^-a-z0-9._]", "-");
        return name.isEmpty() ? "data" : name;
    }
}
