package io.github.gongkai.testkit;

import io.github.gongkai.core.ActiveDisclosureRow;
import io.github.gongkai.core.ApplicantColumn;
import io.github.gongkai.core.ApplicationGroup;
import io.github.gongkai.core.ApplicationRow;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.FeeColumn;
import io.github.gongkai.core.FeeRow;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.ReportFormat;
import io.github.gongkai.core.ReportTable;
import io.github.gongkai.core.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Renders a report as one run-on text page, as a web page copied to text or a PDF converter prints it, with
 * the numbers of rows run together ({@code 640020470} for 64/0/0/2/0/4/70): the title line, 发布时间, the
 * headings 一 to 六, table 二, table 三 with each row's label followed by its seven numbers, table 四's fifteen
 * numbers after its header, and section 六's fee figures in a sentence. For testing a reader of published
 * pages against generated reports: the page says, unit by unit, which cells each printed run of digits holds,
 * so a test can tell a run whose digits admit one reading from one that admits several.
 *
 * <p>How the numbers of each printed unit (a row of table 二 or 三, or the fifteen numbers of table 四) are
 * printed is drawn from a style seed, in a fixed order that depends only on the edition, never on the
 * values, so that the same seed prints any report of the edition the same way (the shrinker relies on it):
 * <ul>
 *   <li>a row of table 三 is glued (its seven numbers run together, {@code 640020470}), spaced
 *       ({@code 64 0 0 2 0 4 70}) or partly glued (a space at some boundaries only, {@code 64 0020 470});</li>
 *   <li>table 四 is one run of fifteen digits (a run across its three groups), three runs of a group each,
 *       spaced, or partly glued;</li>
 *   <li>the two rows of table 二's block （一） (2021) are glued sometimes ({@code 规章000}); every other number
 *       of table 二 (single cells, signed counts, amounts) is printed on its own.</li>
 * </ul>
 * Table 三 and 四 must hold counts: a blank cannot be printed in a glued run (generate with zeros for
 * blanks). Stateless and thread-safe: each call renders a new page.
 */
public final class GluedPages {

    /**
     * The numbers of one printed unit: its cells in printed order and the digits as printed.
     *
     * @param table the table
     * @param cells the cells, in printed order
     * @param printed the digits as printed, groups separated by single spaces
     */
    public record Unit(ReportTable table, List<CellRef> cells, String printed) {

        /**
         * Copies the cells.
         *
         * @throws NullPointerException if a component is null
         */
        public Unit {
            Objects.requireNonNull(table, "table");
            cells = List.copyOf(cells);
            Objects.requireNonNull(printed, "printed");
        }

        /**
         * Tells whether some boundary between two of the unit's numbers has no space.
         *
         * @return true if glued somewhere
         */
        public boolean glued() {
            return printed.split(" ").length < cells.size();
        }

        /**
         * Returns the unit's name in messages: its row ({@code T3/newlyReceived}), or {@code T4}.
         *
         * @return the name
         */
        public String name() {
            return table == ReportTable.T4 ? "T4" : cells.get(0).table().key() + "/" + cells.get(0).row().key();
        }
    }

    /**
     * A rendered page and the units of numbers printed on it.
     *
     * @param text the page
     * @param units the units, in printed order
     */
    public record Page(String text, List<Unit> units) {

        /**
         * Copies the units.
         *
         * @throws NullPointerException if a component is null
         */
        public Page {
            Objects.requireNonNull(text, "text");
            units = List.copyOf(units);
        }

        /**
         * Returns the unit a cell was printed in, if it was printed in one.
         *
         * @param cell a cell
         * @return the unit, or empty for a cell printed on its own
         */
        public Optional<Unit> unitOf(CellRef cell) {
            for (Unit unit : units) {
                if (unit.cells().contains(cell)) {
                    return Optional.of(unit);
                }
            }
            return Optional.empty();
        }
    }

    private static final String T3_HEADER = "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） "
            + "申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构 社会公益组织 法律服务机构 其他 ";
    private static final String T4_HEADER = "四、政府信息公开行政复议、行政诉讼情况行政复议 行政诉讼 结果维持结果纠正其他结果尚未审结总计 "
            + "未经复议直接起诉 复议后起诉 结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计 ";

    private final Report report;
    private final Edition edition;
    /** Null when every number is printed on its own (spaced). */
    private final SplittableRandom style;
    private final StringBuilder out = new StringBuilder();
    private final List<Unit> units = new ArrayList<>();

    private GluedPages(Report report, SplittableRandom style) {
        this.report = report;
        this.edition = report.edition();
        this.style = style;
    }

    /**
     * Renders a report with glued and spaced units as the style seed draws them.
     *
     * @param report a report whose tables 三 and 四 hold counts
     * @param styleSeed the seed of the style
     * @return the page, never null
     * @throws IllegalArgumentException if a cell of table 三 or 四 is not a count
     */
    public static Page render(Report report, long styleSeed) {
        return new GluedPages(report, new SplittableRandom(styleSeed)).page();
    }

    /**
     * Renders a report with every number on its own, separated by spaces: nothing is glued.
     *
     * @param report a report whose tables 三 and 四 hold counts
     * @return the page, never null
     * @throws IllegalArgumentException if a cell of table 三 or 四 is not a count
     */
    public static Page renderSpaced(Report report) {
        return new GluedPages(report, null).page();
    }

    private Page page() {
        var header = report.header();
        int year = header.reportYear();
        out.append("标题: ").append(header.organName()).append(year)
                .append(draw(2) == 0 ? "年度" : "年").append("政府信息公开工作年度报告\n");
        header.publicationDate().ifPresent(d -> out.append("发布时间: ").append(d).append(" 09:00\n"));
        out.append("==================== 正文 ====================\n");
        out.append("本报告中所列数据统计期限为").append(year).append("年1月1日至").append(year).append("年12月31日。 ");
        out.append("一、总体情况 ").append(report.narrative().overview().orElse("本机关……。")).append(' ');
        activeDisclosure();
        applications();
        reviewLitigation();
        out.append(edition == Edition.V2021 ? "五、存在的主要问题及改进情况 " : "五、政府信息公开工作存在的主要问题及改进情况 ")
                .append(report.narrative().problemsAndImprovements().orElse("一是……。")).append(' ');
        out.append("六、其他需要报告的事项 ");
        if (edition == Edition.V2021) {
            out.append("本年度发出收费通知的件数为")
                    .append(number(FeeColumn.NOTICES_ISSUED)).append("件，总金额为")
                    .append(number(FeeColumn.AMOUNT_NOTICED)).append("元，实际收取的总金额为")
                    .append(number(FeeColumn.AMOUNT_COLLECTED)).append("元。");
        } else {
            out.append("无。");
        }
        out.append('\n');
        return new Page(out.toString(), List.copyOf(units));
    }

    private String number(FeeColumn column) {
        return plain(report.get(CellRef.of(FeeRow.INFORMATION_PROCESSING_FEES, column)));
    }

    private void activeDisclosure() {
        out.append("二、主动公开政府信息情况");
        if (edition == Edition.V2021) {
            out.append("第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 ");
            t2Row(ActiveDisclosureRow.RULES, true);
            t2Row(ActiveDisclosureRow.NORMATIVE_DOCUMENTS, true);
            out.append("第二十条第（五）项信息内容本年处理决定数量");
            t2Row(ActiveDisclosureRow.LICENSING, false);
            out.append("第二十条第（六）项信息内容本年处理决定数量");
            t2Row(ActiveDisclosureRow.PUNISHMENT, false);
            t2Row(ActiveDisclosureRow.COERCION, false);
            out.append("第二十条第（八）项信息内容本年收费金额（单位：万元）");
            t2Row(ActiveDisclosureRow.ADMINISTRATIVE_FEES, false);
        } else {
            out.append("第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 ");
            t2Row(ActiveDisclosureRow.RULES, false);
            t2Row(ActiveDisclosureRow.NORMATIVE_DOCUMENTS, false);
            out.append("第二十条第（五）项 信息内容 上一年项目数量 本年增/减 处理决定数量 ");
            t2Row(ActiveDisclosureRow.LICENSING, false);
            t2Row(ActiveDisclosureRow.OTHER_EXTERNAL_SERVICES, false);
            out.append("第二十条第（六）项 信息内容 上一年项目数量 本年增/减 处理决定数量 ");
            t2Row(ActiveDisclosureRow.PUNISHMENT, false);
            t2Row(ActiveDisclosureRow.COERCION, false);
            out.append("第二十条第（八）项 信息内容 上一年项目数量 本年增/减 ");
            t2Row(ActiveDisclosureRow.ADMINISTRATIVE_FEES, false);
            out.append("第二十条第（九）项 信息内容 采购项目数量 采购总金额 ");
            t2Row(ActiveDisclosureRow.CENTRALIZED_PROCUREMENT, false);
        }
        out.append(' ');
    }

    /** A row of table 二; {@code mayGlue} for the counts of block （一）, glued when the style draws it. */
    private void t2Row(ActiveDisclosureRow row, boolean mayGlue) {
        List<CellRef> cells = cells(row);
        boolean glue = mayGlue && chance(0.3);
        String separator = separator(0.5);
        out.append(row.label(edition)).append(glue ? "" : separator);
        List<String> numbers = new ArrayList<>();
        for (CellRef cell : cells) {
            CellValue value = report.get(cell);
            // The 2021 fee amount is in the 万元 of its header; a 2019 procurement amount carries its unit.
            numbers.add(row == ActiveDisclosureRow.ADMINISTRATIVE_FEES ? plain(value) : text(value));
        }
        String printed = String.join(glue ? "" : " ", numbers);
        if (mayGlue) {
            units.add(new Unit(ReportTable.T2, cells, printed));
        }
        out.append(printed).append(separator(0.5));
    }

    private void applications() {
        out.append(T3_HEADER);
        ApplicationGroup group = null;
        for (ApplicationRow row : ApplicationRow.rows(edition)) {
            if (row == ApplicationRow.DISCLOSED) {
                out.append("三、本年度办理结果 ");
            }
            ApplicationGroup rowGroup = row.group().orElse(null);
            if (rowGroup != null && rowGroup != group) {
                out.append(rowGroup.label()).append(' ');
            }
            group = rowGroup;
            out.append(row.label(edition)).append(separator(0.25));
            int mode = draw(10);
            boolean[] spaces = boundaries(6, mode < 5 ? 0 : mode < 7 ? 1 : 0.35);
            List<CellRef> cells = cells(row);
            String printed = printed(cells, spaces);
            units.add(new Unit(ReportTable.T3, cells, printed));
            out.append(printed).append(separator(0.67));
        }
        out.append(' ');
    }

    private void reviewLitigation() {
        out.append(T4_HEADER);
        List<CellRef> cells = ReportFormat.of(edition).cells(ReportTable.T4);
        int mode = draw(10);
        boolean[] spaces = boundaries(14, mode < 4 ? 0 : mode < 6 ? 1 : 0.35);
        if (style != null && mode >= 4 && mode < 6) {
            // Three runs, one per group: spaces only between the groups.
            for (int i = 0; i < spaces.length; i++) {
                spaces[i] = i % 5 == 4;
            }
        }
        String printed = printed(cells, spaces);
        units.add(new Unit(ReportTable.T4, cells, printed));
        out.append(printed).append(' ');
    }

    private List<CellRef> cells(TableRow row) {
        List<CellRef> cells = new ArrayList<>();
        for (var column : row.columns(edition)) {
            cells.add(new CellRef(row, column));
        }
        return List.copyOf(cells);
    }

    private String printed(List<CellRef> cells, boolean[] spaces) {
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            CellValue value = report.get(cells.get(i));
            if (!(value instanceof CellValue.Count count)) {
                throw new IllegalArgumentException(cells.get(i) + " holds no count, cannot be glued: " + value);
            }
            if (i > 0 && spaces[i - 1]) {
                printed.append(' ');
            }
            printed.append(count.value());
        }
        return printed.toString();
    }

    /** Draws one boolean per boundary, always as many, so that the style does not depend on the values. */
    private boolean[] boundaries(int count, double spaceProbability) {
        boolean[] spaces = new boolean[count];
        for (int i = 0; i < count; i++) {
            double u = style == null ? 0 : style.nextDouble();
            spaces[i] = style == null || u < spaceProbability;
        }
        return spaces;
    }

    /** A draw in [0, bound) from the style, or 0 without one. */
    private int draw(int bound) {
        return style == null ? 0 : style.nextInt(bound);
    }

    /** True with the given probability; false without a style. */
    private boolean chance(double probability) {
        return style != null && style.nextDouble() < probability;
    }

    /** Nothing with the given probability, else a space; a space without a style. */
    private String separator(double noneProbability) {
        return chance(noneProbability) ? "" : " ";
    }

    private static String text(CellValue value) {
        if (value instanceof CellValue.Count c) {
            return Long.toString(c.value());
        }
        if (value instanceof CellValue.SignedCount s) {
            return s.value() > 0 ? "+" + s.value() : Long.toString(s.value());
        }
        if (value instanceof CellValue.Amount a) {
            return a.value().toPlainString() + a.unit().symbol();
        }
        throw new IllegalArgumentException("cannot print " + value);
    }

    /** An amount without its unit, anything else as {@link #text}. */
    private static String plain(CellValue value) {
        return value instanceof CellValue.Amount a ? a.value().toPlainString() : text(value);
    }
}
