package io.github.gongkai.reader;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Report;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one page: the {@link Report} as printed, and the {@link ReadingReport} saying
 * where each cell came from and what could not be read. Cells that are ambiguous or not found are
 * {@linkplain io.github.gongkai.core.CellValue.Unread unread} in the report, never blank or zero; validate the
 * report as usual to find printed violations of the identities. An immutable,
 * thread-safe value.
 *
 * @param report the report read, numbers as printed
 * @param reading how it was read
 */
public record ReadResult(Report report, ReadingReport reading) {

    /**
     * Checks the parts agree.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the report and the reading are of different editions
     */
    public ReadResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reading, "reading");
        if (report.edition() != reading.edition()) {
            throw new IllegalArgumentException("report is in the " + report.edition().key()
                    + " edition, the reading in the " + reading.edition().key());
        }
    }

    /**
     * Returns the edition detected.
     *
     * @return the edition, never null
     */
    public Edition edition() {
        return report.edition();
    }

    /**
     * Returns where a cell's value came from; shorthand for {@code reading().provenance(cell)}.
     *
     * @param cell the cell
     * @return its provenance, or empty if the cell is ambiguous or was not found
     */
    public Optional<Provenance> provenance(CellRef cell) {
        return reading.provenance(cell);
    }
}
