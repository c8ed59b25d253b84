package io.github.gongkai.cli;

import io.github.gongkai.core.Cell;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Report;
import io.github.gongkai.reader.Ambiguity;
import io.github.gongkai.reader.MissingCell;
import io.github.gongkai.reader.ReadingReport;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code convert} says on standard error about the cells of a page it could not place: the reading's
 * summary, then every such cell on a line of its own with its labels and why — an unread cell with its reason's
 * key and its run or total ({@link UnreadListing#describe}), a cell a reader left blank with the ambiguity's or the
 * reader's reason. Nothing for a page whose every cell was placed.
 */
final class UnplacedCells {

    private UnplacedCells() {
    }

    /**
     * Lists the cells of a report read from a page that were not placed.
     *
     * @param err standard error
     * @param read the report
     * @param reading how its page was read
     * @param lang the language
     */
    static void list(PrintWriter err, Loaded.Read read, ReadingReport reading, Lang lang) {
        Report report = read.report();
        Map<CellRef, String> unread = new TreeMap<>();
        for (Cell cell : UnreadListing.of(report)) {
            unread.put(cell.ref(), UnreadListing.describe((CellValue.Unread) cell.value(), lang));
        }
        // Cells a reader left blank rather than unread: ambiguous or not found, and not in the report as unread.
        Map<CellRef, String> blank = new TreeMap<>();
        for (Ambiguity ambiguity : reading.ambiguities()) {
            for (CellRef cell : ambiguity.cells()) {
                if (!unread.containsKey(cell)) {
                    blank.putIfAbsent(cell, lang.t("无法确定：", "ambiguous: ")
                            + ambiguity.reason(lang.locale()));
                }
            }
        }
        for (MissingCell missing : reading.notFound()) {
            if (!unread.containsKey(missing.cell())) {
                blank.putIfAbsent(missing.cell(), lang.t("未找到：", "not found: ")
                        + missing.reason(lang.locale()));
            }
        }
        if (unread.isEmpty() && blank.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(Display.text(read.source())).append(": ").append(Words.reading(reading, lang));
        if (!unread.isEmpty()) {
            line.append(lang.t("；" + unread.size() + " 个单元格未能读出，记为未读（unread），不作猜测",
                    "; " + unread.size() + " cell(s) not read, written as unread, never guessed"));
        }
        if (!blank.isEmpty()) {
            line.append(lang.t("；" + blank.size() + " 个单元格无法确定或未找到，保留为空",
                    "; " + blank.size() + " cell(s) not placed, left blank"));
        }
        err.println(line.append(lang.t("：", ":")));
        unread.forEach((cell, why) -> err.println("  " + Display.text(cell.describe(report.edition()))
                + lang.t("：", ": ") + Display.text(why)));
        blank.forEach((cell, why) -> err.println("  " + Display.text(cell.describe(report.edition()))
                + lang.t("：空，", ": blank, ") + Display.text(why)));
    }
}
