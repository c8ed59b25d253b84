package io.github.gongkai.cli;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cells of a report that could not be read from the page ({@link CellValue.Unread}), as {@code check} shows
 * them: a line each in text, with the reason's key and the run or total; an object each in JSON, in the form of
 * the report JSON's unread cell ({@code {"unread": reason, "run": …}}) with the cell and its label.
 */
final class UnreadListing {

    private UnreadListing() {
    }

    /** The unread cells of a report, in canonical order. */
    static List<Cell> of(Report report) {
        return report.cells().stream().filter(c -> c.value().isUnread()).toList();
    }

    /** Prints {@code unread cells: N} and a line per cell, nothing when there is none. */
    static void print(PrintWriter out, Report report, Lang lang) {
        List<Cell> cells = of(report);
        if (cells.isEmpty()) {
            return;
        }
        out.println("    " + lang.t("未能读出的单元格：", "unread cells: ") + cells.size());
        for (Cell cell : cells) {
            out.println("      " + cell.ref().describe(report.edition()) + lang.t("：", ": ")
                    + describe((CellValue.Unread) cell.value(), lang));
        }
    }

    /**
     * The reason's key, then the run ({@code run "8100008" piece 1/7}, pieces counted from 1) or the total
     * ({@code total 5 for 3 cells}).
     */
    static String describe(CellValue.Unread unread, Lang lang) {
        StringBuilder text = new StringBuilder(Words.unread(unread.reason(), lang));
        unread.run().ifPresent(run -> text.append(lang.t("，连写数字 \"", ", run \"")).append(run.text())
                .append(lang.t("\" 第 ", "\" piece ")).append(run.piece() + 1).append('/').append(run.pieces())
                .append(lang.t(" 段", "")));
        unread.total().ifPresent(total -> text.append(lang.t("，合计 ", ", total ")).append(total.value())
                .append(lang.t("（", " for ")).append(total.cells().size())
                .append(lang.t(" 个单元格）", " cells")));
        return text.toString();
    }

    /** The unread cells as a JSON array: {@code [{"cell", "label", "unread", "run" | "total"}, ...]}. */
    static void json(ArrayNode array, Report report) {
        for (Cell cell : of(report)) {
            ObjectNode node = array.addObject();
            node.put("cell", cell.ref().toString());
            node.put("label", cell.ref().label(report.edition()));
            members(node, (CellValue.Unread) cell.value());
        }
    }

    /** Writes the members of the report JSON's unread cell into {@code node}: unread, then run or total. */
    static void members(ObjectNode node, CellValue.Unread unread) {
        node.put("unread", unread.reason().key());
        unread.run().ifPresent(run -> node.putObject("run").put("text", run.text()).put("piece", run.piece())
                .put("pieces", run.pieces()));
        unread.total().ifPresent(total -> {
            ObjectNode t = node.putObject("total");
            t.put("value", total.value());
            ArrayNode cells = t.putArray("cells");
            for (CellRef ref : total.cells()) {
                cells.add(ref.toString());
            }
        });
    }

    /**
     * What the page printed for an unread cell, for the CSV's {@code raw} of a report read from JSON: the run's
     * text, or the total's value, or nothing.
     */
    static String printed(CellValue.Unread unread) {
        if (unread.run().isPresent()) {
            return unread.run().get().text();
        }
        return unread.total().map(t -> Long.toString(t.value())).orElse("");
    }
}
