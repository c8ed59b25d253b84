package io.github.gongkai.cli;

import io.github.gongkai.core.Report;
import io.github.gongkai.validation.CellInvolvement;
import io.github.gongkai.validation.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A baseline, as a static analyser keeps one: the findings a team has looked at, each with its decision, so that
 * a re-run reports what is new, what changed and what is still confirmed, and leaves out what was dismissed.
 *
 * <p>The file is JSON: {@code {"format": "gongkai.baseline", "version": 1, "findings": [entry…]}}, an entry
 * {@code {"fingerprint": "gk1:…", "rule": "T3.ROW_TOTAL.1", "cells": ["T3/…", …], "organ": "…", "year": 2021,
 * "decision": "confirmed" | "dismissed", "note": "…"}}. {@code fingerprint} and {@code decision} are required;
 * with {@code organ} and {@code year} an entry applies to that organ's report of that year only, without them to
 * every report. A finding is:
 * <ul>
 *   <li>{@link Mark#DISMISSED}: an entry has its fingerprint and says dismissed — it is left out;</li>
 *   <li>{@link Mark#CONFIRMED}: an entry has its fingerprint and says confirmed;</li>
 *   <li>{@link Mark#CHANGED}: no entry has its fingerprint, but one has its rule and cells — the printed numbers
 *       changed;</li>
 *   <li>{@link Mark#NEW}: otherwise.</li>
 * </ul>
 */
final class Baseline {

    /** What the baseline says of a finding. */
    enum Mark {
        NEW, CHANGED, CONFIRMED, DISMISSED;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String FORMAT = "gongkai.baseline";

    /** No baseline: every finding is new, and none is marked. */
    static final Baseline NONE = new Baseline(List.of(), false);

    private final List<Entry> entries;
    private final boolean present;
    private final Map<String, List<Entry>> byFingerprint = new HashMap<>();
    private final Map<String, List<Entry>> byPlace = new HashMap<>();

    private Baseline(List<Entry> entries, boolean present) {
        this.entries = List.copyOf(entries);
        this.present = present;
        for (Entry entry : this.entries) {
            byFingerprint.computeIfAbsent(entry.fingerprint, k -> new ArrayList<>()).add(entry);
            if (entry.rule != null) {
                byPlace.computeIfAbsent(place(entry.rule, entry.cells), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** One decision about one finding. */
    private record Entry(String fingerprint, String rule, List<String> cells, String organ, Integer year,
            boolean dismissed) {

        boolean appliesTo(Report report) {
            return (organ == null || organ.equals(report.header().organName()))
                    && (year == null || year == report.header().reportYear());
        }
    }

    /** Tells whether a baseline was given: without one, findings carry no mark. */
    boolean isPresent() {
        return present;
    }

    /**
     * A baseline file that is not JSON: where the parser stopped and why, without the parser's own account of its
     * source ({@code [Source: REDACTED …]}), which names nothing a user can find.
     */
    private static OperatorException notJson(Path file, JacksonException e) {
        String why = e.getOriginalMessage();
        int own = why.indexOf(" (start marker at");
        String what = Display.text(own < 0 ? why : why.substring(0, own));
        var at = e.getLocation();
        boolean located = at != null && at.getLineNr() > 0;
        return new OperatorException(lang -> "--baseline " + Display.path(file) + (located
                ? lang.t("：第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列不是 JSON：",
                        ": not JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                : lang.t("：不是 JSON：", ": not JSON: ")) + what);
    }

    /**
     * Reads a baseline file.
     *
     * @throws OperatorException naming the file and the place when it is not a baseline
     */
    static Baseline read(Path file) {
        JsonNode root;
        try {
            root = FindingsJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OperatorException(lang -> "--baseline " + Display.path(file) + lang.t("：", ": ")
                    + Inputs.describe(e, lang));
        } catch (JacksonException e) {
            throw notJson(file, e);
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asString(null))
                || root.path("version").asInt(0) != 1 || !root.path("findings").isArray()) {
            String expected = "{\"format\": \"" + FORMAT + "\", \"version\": 1, \"findings\": [...]}";
            throw bad(file, "", lang -> lang.t("不是基线：应为 ", "not a baseline: expected ") + expected);
        }
        List<Entry> entries = new ArrayList<>();
        JsonNode findings = root.get("findings");
        for (int i = 0; i < findings.size(); i++) {
            entries.add(entry(file, "/findings/" + i, findings.get(i)));
        }
        return new Baseline(entries, true);
    }

    private static Entry entry(Path file, String pointer, JsonNode node) {
        String fingerprint = node.path("fingerprint").asString(null);
        if (fingerprint == null || !fingerprint.matches("gk1:[0-9a-f]{32}")) {
            throw bad(file, pointer + "/fingerprint", lang -> lang.t("应为指纹：gk1: 加 32 位十六进制数字",
                    "expected a fingerprint such as gk1: and 32 hexadecimal digits"));
        }
        String decision = node.path("decision").asString("");
        if (!decision.equals("confirmed") && !decision.equals("dismissed")) {
            throw bad(file, pointer + "/decision", lang -> lang.t("应为 \"confirmed\" 或 \"dismissed\"",
                    "expected \"confirmed\" or \"dismissed\""));
        }
        List<String> cells = new ArrayList<>();
        node.path("cells").forEach(c -> cells.add(c.asString()));
        Integer year = node.has("year") ? node.get("year").asInt() : null;
        return new Entry(fingerprint, node.path("rule").asString(null), cells, node.path("organ").asString(null),
                year, decision.equals("dismissed"));
    }

    private static OperatorException bad(Path file, String pointer, Function<Lang, String> what) {
        return new OperatorException(lang -> "--baseline " + Display.path(file) + (pointer.isEmpty() ? ""
                : lang.t("，位置 ", " at ") + pointer) + lang.t("：", ": ") + what.apply(lang));
    }

    /** What the baseline says of a finding of a report. */
    Mark mark(Report report, Finding finding) {
        Optional<Entry> same = byFingerprint.getOrDefault(finding.fingerprint(), List.of()).stream()
                .filter(e -> e.appliesTo(report)).findFirst();
        if (same.isPresent()) {
            return same.get().dismissed ? Mark.DISMISSED : Mark.CONFIRMED;
        }
        boolean moved = byPlace.getOrDefault(place(finding), List.of()).stream().anyMatch(e -> e.appliesTo(report));
        return moved ? Mark.CHANGED : Mark.NEW;
    }

    private static String place(Finding finding) {
        List<String> cells = new ArrayList<>();
        for (CellInvolvement cell : finding.cells()) {
            cells.add(cell.cell().toString());
        }
        return place(finding.rule().toString(), cells);
    }

    private static String place(String rule, List<String> cells) {
        return rule + "|" + String.join(",", cells);
    }

    /** A baseline entry for a finding, confirmed: what {@code --write-baseline} writes, for a team to edit. */
    static ObjectNode entry(Report report, Finding finding) {
        ObjectNode node = FindingsJson.MAPPER.createObjectNode();
        node.put("fingerprint", finding.fingerprint());
        node.put("rule", finding.rule().toString());
        ArrayNode cells = node.putArray("cells");
        finding.cells().forEach(c -> cells.add(c.cell().toString()));
        node.put("organ", report.header().organName());
        node.put("year", report.header().reportYear());
        node.put("decision", "confirmed");
        node.put("note", "");
        return node;
    }

    /** The document of a baseline file holding the given entries. */
    static ObjectNode document(ArrayNode entries) {
        ObjectNode root = FindingsJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.set("findings", entries);
        return root;
    }

    int size() {
        return entries.size();
    }
}
