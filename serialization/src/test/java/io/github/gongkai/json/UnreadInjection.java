package io.github.gongkai.json;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.PrintedRun;
import io.github.gongkai.core.PrintedTotal;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes cells of a generated report unread, as a reader would leave them: one to four places, each a single cell
 * with a plain reason, a glued run over 1 to 7 consecutive cells of a table, or a total printed for 2 to 7 of
 * them (merged). Seeded: the same report and seed give the same result.
 */
final class UnreadInjection {

    private static final UnreadReason[] PLAIN = {UnreadReason.AMBIGUOUS, UnreadReason.INCONSISTENT,
        UnreadReason.NOT_FOUND, UnreadReason.DAMAGED};

    private UnreadInjection() {
    }

    static Report inject(Report report, SplittableRandom random) {
        List<CellRef> cells = CellRef.all(report.edition());
        Report.Builder b = report.toBuilder();
        int places = 1 + random.nextInt(4);
        for (int i = 0; i < places; i++) {
            List<CellRef> span = span(cells, random.nextInt(cells.size()), 1 + random.nextInt(7));
            switch (random.nextInt(3)) {
                case 0 -> b.set(span.get(0), CellValue.unread(PLAIN[random.nextInt(PLAIN.length)]));
                case 1 -> run(b, span, random);
                default -> merged(b, span, random);
            }
        }
        return b.build();
    }

    /** Up to {@code length} consecutive cells of one table from {@code start}. */
    private static List<CellRef> span(List<CellRef> cells, int start, int length) {
        List<CellRef> span = new ArrayList<>();
        for (int i = start; i < cells.size() && span.size() < length
                && cells.get(i).table() == cells.get(start).table(); i++) {
            span.add(cells.get(i));
        }
        return span;
    }

    private static void run(Report.Builder b, List<CellRef> span, SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < span.size(); i++) {
            if (i > 0 && random.nextBoolean()) {
                text.append(' ');
            }
            text.append(random.nextInt(4) == 0 ? 0 : random.nextLong(1, 100_000));
        }
        UnreadReason reason = random.nextBoolean() ? UnreadReason.AMBIGUOUS : UnreadReason.INCONSISTENT;
        for (int i = 0; i < span.size(); i++) {
            b.set(span.get(i), CellValue.unread(reason, PrintedRun.of(text.toString(), i, span.size())));
        }
    }

    private static void merged(Report.Builder b, List<CellRef> span, SplittableRandom random) {
        if (span.size() < 2) {
            b.set(span.get(0), CellValue.unread(UnreadReason.NOT_FOUND));
            return;
        }
        PrintedTotal total = PrintedTotal.of(random.nextLong(0, Long.MAX_VALUE), span);
        for (CellRef cell : span) {
            b.set(cell, CellValue.merged(total));
        }
    }
}
