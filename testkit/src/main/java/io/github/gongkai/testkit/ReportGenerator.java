package io.github.gongkai.testkit;

import io.github.gongkai.core.ActiveDisclosureColumn;
import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReviewLitigationColumn;
import io.github.gongkai.core.ReviewLitigationRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generates valid reports: every identity of the format holds (balance, row totals, outcome partition,
 * review and litigation totals) and no plausibility rule is broken (现行有效 ≥ 本年制发, fees collected ≤
 * noticed, unpaid-fee terminations ≤ fee notices, fee amounts of a plausible size in 万元).
 *
 * <p>Shapes follow real reports: most organs receive no or few applications and a few receive thousands,
 * the natural-person column dominates, most outcome rows are 0, amounts have 0 to 4 decimals, and some
 * reports leave their zero cells blank (a blank zero is read as 0, so such a report is still valid).
 *
 * <p>Generation is driven only by the {@link RandomGenerator} passed in: the same seed gives the same
 * report, with any engine. A generator is immutable and thread-safe; the random generator is not shared.
 *
 * <pre>{@code
 * ReportGenerator generator = ReportGenerator.builder().edition(Edition.V2021).size(ReportSize.SMALL).build();
 * Report report = generator.generate(new SplittableRandom(42));
 * }</pre>
 */
public final class ReportGenerator {

    private static final List<String> PLACES = List.of("凉山州", "平潭综合实验区", "上海市", "杭州市西湖区", "成都市武侯区",
            "广州市", "西昌市", "福州市鼓楼区", "北京市海淀区", "深圳市南山区", "昆明市", "兰州市城关区");
    private static final List<String> ORGANS = List.of("人民政府", "人民政府办公室", "经济和信息化局", "教育局", "公安局",
            "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "卫生健康委员会", "市场监督管理局", "财政局");

    /** Weights of the outcome rows: how often an application ends that way. */
    private static final Map<ApplicationRow, Integer> OUTCOME_WEIGHTS = outcomeWeights();

    private final Edition edition;
    private final ReportSize size;
    private final double blankZeroProbability;
    private final boolean narrative;

    private ReportGenerator(Builder builder) {
        this.edition = builder.edition;
        this.size = builder.size;
        this.blankZeroProbability = builder.blankZeroProbability;
        this.narrative = builder.narrative;
    }

    /**
     * Returns a generator of realistic reports of either edition, a quarter of them printing zeros blank.
     *
     * @return the generator, never null
     */
    public static ReportGenerator realistic() {
        return builder().build();
    }

    /**
     * Starts configuring a generator.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the edition generated, or null when each report picks one at random.
     *
     * @return the edition, or null for both
     */
    public Edition edition() {
        return edition;
    }

    /**
     * Returns the size of the generated organs.
     *
     * @return the size, never null
     */
    public ReportSize size() {
        return size;
    }

    /**
     * Generates one valid report.
     *
     * @param random the source of randomness; the same state gives the same report
     * @return a report satisfying every identity and plausibility rule, never null
     */
    public Report generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        Edition e = edition != null ? edition : (random.nextInt(4) == 0 ? Edition.V2019 : Edition.V2021);
        int year = e == Edition.V2021 ? 2021 + random.nextInt(5) : 2019 + random.nextInt(2);
        boolean blanks = random.nextDouble() < blankZeroProbability;
        Report.Builder b = Report.builder(e)
                .organName(PLACES.get(random.nextInt(PLACES.size())) + ORGANS.get(random.nextInt(ORGANS.size())))
                .reportYear(year);
        if (random.nextBoolean()) {
            b.publicationDate(LocalDate.of(year + 1, 1 + random.nextInt(3), 1 + random.nextInt(28)));
        }
        if (narrative) {
            b.narrative(Narrative.of("本机关" + year + "年认真贯彻落实《条例》。", random.nextBoolean() ? "公开深度有待拓展。" : null,
                    null));
        }
        Cells cells = new Cells(b, blanks, random);
        long feeUnpaid = applications(cells, e, random);
        reviewLitigation(cells, e, random);
        if (e == Edition.V2021) {
            activeDisclosure2021(cells, random);
            fees(cells, random, feeUnpaid);
        } else {
            activeDisclosure2019(cells, random);
        }
        return b.build();
    }

    /** Fills table 三 and returns the total of the unpaid-fee terminations (2021), 0 otherwise. */
    private long applications(Cells cells, Edition e, RandomGenerator random) {
        long organApplications = organApplications(random);
        List<ApplicationRow> outcomes = ApplicationRow.outcomes(e);
        Map<ApplicationRow, long[]> grid = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow row : ApplicationRow.rows(e)) {
            grid.put(row, new long[ApplicantColumn.values().length]);
        }
        List<ApplicantColumn> components = ApplicantColumn.components();
        for (int c = 0; c < components.size(); c++) {
            // Natural persons file most applications; organisations are usually 0.
            long inflow = c == 0 ? organApplications : (random.nextInt(4) == 0 ? skewed(random, organApplications / 4) : 0);
            long carriedOver = inflow == 0 ? 0 : skewed(random, inflow / 5);
            long newly = inflow - carriedOver;
            long forward = inflow == 0 ? 0 : skewed(random, inflow / 5);
            long ended = inflow - forward;
            grid.get(ApplicationRow.NEWLY_RECEIVED)[c] = newly;
            grid.get(ApplicationRow.CARRIED_OVER)[c] = carriedOver;
            grid.get(ApplicationRow.CARRIED_FORWARD)[c] = forward;
            grid.get(ApplicationRow.OUTCOME_TOTAL)[c] = ended;
            distribute(ended, outcomes, grid, c, random);
        }
        ReportFormat format = ReportFormat.of(e);
        long feeUnpaid = 0;
        for (Map.Entry<ApplicationRow, long[]> entry : grid.entrySet()) {
            long[] values = entry.getValue();
            CellRef totalCell = CellRef.of(entry.getKey(), ApplicantColumn.TOTAL);
            long sum = Totals.of(format, totalCell, cell -> values[((ApplicantColumn) cell.column()).ordinal()]);
            values[ApplicantColumn.TOTAL.ordinal()] = sum;
            for (ApplicantColumn column : ApplicantColumn.values()) {
                cells.count(CellRef.of(entry.getKey(), column), values[column.ordinal()]);
            }
            if (entry.getKey() == ApplicationRow.OTHER_DISPOSAL_FEE_UNPAID) {
                feeUnpaid = sum;
            }
        }
        return feeUnpaid;
    }

    private long organApplications(RandomGenerator random) {
        long max = size.maxApplications();
        int kind = random.nextInt(20);
        if (kind < 8) {
            return 0; // most organs receive nothing
        }
        if (kind < 16) {
            return 1 + random.nextLong(Math.min(max, 30));
        }
        if (kind < 19) {
            return 1 + random.nextLong(Math.min(max, 500));
        }
        return 1 + random.nextLong(max);
    }

    private static void distribute(long amount, List<ApplicationRow> outcomes, Map<ApplicationRow, long[]> grid,
            int column, RandomGenerator random) {
        int weightSum = 0;
        for (ApplicationRow row : outcomes) {
            weightSum += OUTCOME_WEIGHTS.getOrDefault(row, 1);
        }
        long left = amount;
        // Hand out in a bounded number of chunks, each to a row picked by weight.
        int chunks = (int) Math.min(left, 12);
        for (int i = 0; i < chunks && left > 0; i++) {
            long chunk = i == chunks - 1 ? left : 1 + random.nextLong(left);
            int pick = random.nextInt(weightSum);
            for (ApplicationRow row : outcomes) {
                pick -= OUTCOME_WEIGHTS.getOrDefault(row, 1);
                if (pick < 0) {
                    grid.get(row)[column] += chunk;
                    break;
                }
            }
            left -= chunk;
        }
    }

    private void reviewLitigation(Cells cells, Edition edition, RandomGenerator random) {
        ReportFormat format = ReportFormat.of(edition);
        for (ReviewLitigationRow row : ReviewLitigationRow.values()) {
            Map<CellRef, Long> values = new HashMap<>();
            for (ReviewLitigationColumn column : ReviewLitigationColumn.components()) {
                long value = random.nextInt(3) == 0 ? skewed(random, Math.min(size.maxApplications() / 10 + 1, 200)) : 0;
                values.put(CellRef.of(row, column), value);
                cells.count(CellRef.of(row, column), value);
            }
            CellRef total = CellRef.of(row, ReviewLitigationColumn.TOTAL);
            cells.count(total, Totals.of(format, total, values::get));
        }
    }

    private void activeDisclosure2021(Cells cells, RandomGenerator random) {
        for (ActiveDisclosureRow row : List.of(ActiveDisclosureRow.RULES, ActiveDisclosureRow.NORMATIVE_DOCUMENTS)) {
            boolean makesThem = row == ActiveDisclosureRow.NORMATIVE_DOCUMENTS || random.nextInt(5) == 0;
            long issued = makesThem ? skewed(random, 40) : 0;
            long repealed = makesThem ? skewed(random, 20) : 0;
            long inForce = makesThem ? issued + skewed(random, 300) : 0;
            cells.count(CellRef.of(row, ActiveDisclosureColumn.ISSUED), issued);
            cells.count(CellRef.of(row, ActiveDisclosureColumn.REPEALED), repealed);
            cells.count(CellRef.of(row, ActiveDisclosureColumn.IN_FORCE), inForce);
        }
        for (ActiveDisclosureRow row : List.of(ActiveDisclosureRow.LICENSING, ActiveDisclosureRow.PUNISHMENT,
                ActiveDisclosureRow.COERCION)) {
            cells.count(CellRef.of(row, ActiveDisclosureColumn.DECISIONS), skewed(random, size.maxDecisions()));
        }
        cells.amount(CellRef.of(ActiveDisclosureRow.ADMINISTRATIVE_FEES, ActiveDisclosureColumn.AMOUNT),
                random.nextInt(3) == 0 ? amount(random, 5_000) : zeroAmount(random), AmountUnit.TEN_THOUSAND_YUAN);
    }

    private void activeDisclosure2019(Cells cells, RandomGenerator random) {
        for (ActiveDisclosureRow row : List.of(ActiveDisclosureRow.RULES, ActiveDisclosureRow.NORMATIVE_DOCUMENTS)) {
            long made = skewed(random, 40);
            long published = made == 0 ? 0 : made - random.nextLong(made + 1) / 4;
            cells.count(CellRef.of(row, ActiveDisclosureColumn.NEWLY_MADE), made);
            cells.count(CellRef.of(row, ActiveDisclosureColumn.NEWLY_PUBLISHED), published);
            cells.count(CellRef.of(row, ActiveDisclosureColumn.TOTAL_PUBLISHED), published + skewed(random, 300));
        }
        for (ActiveDisclosureRow row : List.of(ActiveDisclosureRow.LICENSING, ActiveDisclosureRow.OTHER_EXTERNAL_SERVICES,
                ActiveDisclosureRow.PUNISHMENT, ActiveDisclosureRow.COERCION, ActiveDisclosureRow.ADMINISTRATIVE_FEES)) {
            long previous = skewed(random, 500);
            long change = random.nextInt(3) == 0 ? random.nextLong(-previous, 21) : 0;
            cells.count(CellRef.of(row, ActiveDisclosureColumn.PREVIOUS_YEAR_ITEMS), previous);
            cells.signed(CellRef.of(row, ActiveDisclosureColumn.CHANGE), change);
            if (row != ActiveDisclosureRow.ADMINISTRATIVE_FEES) {
                cells.count(CellRef.of(row, ActiveDisclosureColumn.DECISIONS), skewed(random, size.maxDecisions()));
            }
        }
        CellRef projects = CellRef.of(ActiveDisclosureRow.CENTRALIZED_PROCUREMENT, ActiveDisclosureColumn.PROJECTS);
        long projectCount = skewed(random, 200);
        cells.count(projects, projectCount);
        AmountUnit unit = List.of(AmountUnit.YUAN, AmountUnit.TEN_THOUSAND_YUAN, AmountUnit.UNSTATED)
                .get(random.nextInt(3));
        cells.amount(CellRef.of(ActiveDisclosureRow.CENTRALIZED_PROCUREMENT, ActiveDisclosureColumn.TOTAL_AMOUNT),
                projectCount == 0 ? zeroAmount(random) : amount(random, unit == AmountUnit.YUAN ? 100_000_000 : 10_000),
                unit);
    }

    private void fees(Cells cells, RandomGenerator random, long feeUnpaid) {
        long notices = feeUnpaid + (random.nextInt(5) == 0 ? skewed(random, 20) : 0);
        BigDecimal noticed = notices == 0 ? zeroAmount(random) : amount(random, 100 * notices + 1);
        BigDecimal collected = notices == 0 ? noticed
                : noticed.multiply(BigDecimal.valueOf(random.nextInt(101))).divide(BigDecimal.valueOf(100))
                        .setScale(noticed.scale(), java.math.RoundingMode.DOWN);
        cells.count(CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.NOTICES_ISSUED), notices);
        cells.amount(CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_NOTICED), noticed, AmountUnit.YUAN);
        cells.amount(CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, FeeColumn.AMOUNT_COLLECTED), collected,
                AmountUnit.YUAN);
    }

    /** A value in [0, max] skewed towards small numbers, as counts in real reports are. */
    private static long skewed(RandomGenerator random, long max) {
        if (max <= 0) {
            return 0;
        }
        double u = random.nextDouble();
        return Math.min(max, (long) Math.floor(u * u * u * (max + 1)));
    }

    /** An amount below {@code max} with 0 to 4 decimals. */
    private static BigDecimal amount(RandomGenerator random, long max) {
        int scale = random.nextInt(5);
        long unscaledMax = Math.multiplyExact(Math.max(1, max), (long) Math.pow(10, scale));
        return BigDecimal.valueOf(skewed(random, unscaledMax), scale);
    }

    /** Zero as real reports print it: 0, 0.0 or 0.00. */
    private static BigDecimal zeroAmount(RandomGenerator random) {
        return BigDecimal.valueOf(0, random.nextInt(3));
    }

    private static Map<ApplicationRow, Integer> outcomeWeights() {
        Map<ApplicationRow, Integer> weights = new EnumMap<>(ApplicationRow.class);
        weights.put(ApplicationRow.DISCLOSED, 30);
        weights.put(ApplicationRow.PARTIALLY_DISCLOSED, 5);
        weights.put(ApplicationRow.UNABLE_TO_PROVIDE_NOT_HELD, 20);
        weights.put(ApplicationRow.NOT_PROCESSED_PETITION_OR_COMPLAINT, 4);
        weights.put(ApplicationRow.NOT_PROCESSED_DUPLICATE, 3);
        weights.put(ApplicationRow.OTHER_DISPOSAL, 6);
        weights.put(ApplicationRow.OTHER_DISPOSAL_OTHER, 6);
        weights.put(ApplicationRow.OTHER_DISPOSAL_CORRECTION_OVERDUE, 3);
        return weights;
    }

    /** Writes cells, leaving zeros blank when the report's printing style does. */
    private static final class Cells {
        private final Report.Builder builder;
        private final boolean blankZeros;
        private final RandomGenerator random;

        Cells(Report.Builder builder, boolean blankZeros, RandomGenerator random) {
            this.builder = builder;
            this.blankZeros = blankZeros;
            this.random = random;
        }

        void count(CellRef ref, long value) {
            builder.set(ref, value == 0 && leaveBlank() ? CellValue.blank() : CellValue.count(value));
        }

        void signed(CellRef ref, long value) {
            builder.set(ref, value == 0 && leaveBlank() ? CellValue.blank() : CellValue.signedCount(value));
        }

        void amount(CellRef ref, BigDecimal value, AmountUnit unit) {
            builder.set(ref, value.signum() == 0 && leaveBlank() ? CellValue.blank() : CellValue.amount(value, unit));
        }

        private boolean leaveBlank() {
            return blankZeros && random.nextInt(4) != 0;
        }
    }

    /** Configures a {@link ReportGenerator}. Mutable, not thread-safe. */
    public static final class Builder {
        private Edition edition;
        private ReportSize size = ReportSize.REALISTIC;
        private double blankZeroProbability = 0.25;
        private boolean narrative = true;

        private Builder() {
        }

        /**
         * Generates reports of one edition only.
         *
         * @param edition the edition, or null for a random edition per report (the default)
         * @return this builder
         */
        public Builder edition(Edition edition) {
            this.edition = edition;
            return this;
        }

        /**
         * Sets the size of the generated organs.
         *
         * @param size the size, {@link ReportSize#REALISTIC} by default
         * @return this builder
         */
        public Builder size(ReportSize size) {
            this.size = Objects.requireNonNull(size, "size");
            return this;
        }

        /**
         * Sets how many reports leave (most of) their zero cells blank, as many real tables do.
         *
         * @param probability from 0 (every zero printed as 0) to 1; 0.25 by default
         * @return this builder
         * @throws IllegalArgumentException if the probability is outside [0, 1]
         */
        public Builder blankZeroProbability(double probability) {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability must be between 0 and 1, was " + probability);
            }
            this.blankZeroProbability = probability;
            return this;
        }

        /**
         * Sets whether reports carry narrative text.
         *
         * @param narrative true (the default) to add short narrative sections
         * @return this builder
         */
        public Builder narrative(boolean narrative) {
            this.narrative = narrative;
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return the generator, never null
         */
        public ReportGenerator build() {
            return new ReportGenerator(this);
        }
    }
}
