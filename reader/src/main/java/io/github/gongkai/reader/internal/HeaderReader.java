package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the organ, year, publication date and source address from the first lines of a page. */
final class HeaderReader {

    private static final Pattern URL = Pattern.compile("(?:原文链接|原文地址|链接|网址|URL)[:]?(https?://\\S+)",
            Pattern.CASE_INSENSITIVE);

    /** What was found; null fields were not found. */
    record Header(String organ, Integer year, SourcePosition titlePosition, Integer periodYear, LocalDate date,
            String source, SourcePosition sourcePosition) {
    }

    /** Longest line (or pair of lines) considered as a title or a date line. */
    private static final int MAX_TITLE = 160;

    private HeaderReader() {
    }

    static Header read(List<String> lines, List<SourcePosition> positions) {
        return read(HeadLines.of(lines, positions));
    }

    static Header read(HeadLines lines) {
        Title title = title(lines);
        Integer periodYear = null;
        LocalDate date = null;
        String source = null;
        SourcePosition sourcePos = null;
        for (int i = 0; i < lines.size() && date == null; i++) {
            if (lines.length(i) <= MAX_TITLE && (lines.contains(i, "时间") || lines.contains(i, "日期"))) {
                date = date(lines.get(i));
            }
        }
        // Searched in all the lines at once: most are a long paragraph, in which neither word stands.
        for (int i = lines.nextLineContaining("1月1日", 0); i >= 0 && periodYear == null;
                i = lines.nextLineContaining("1月1日", i + 1)) {
            int year = HeaderPatterns.periodYear(lines.get(i));
            periodYear = year < 0 ? null : year;
        }
        for (int i = lines.nextLineContaining("http", 0); i >= 0 && source == null;
                i = lines.nextLineContaining("http", i + 1)) {
            Matcher m = URL.matcher(squeeze(lines.get(i)));
            if (m.find()) {
                source = m.group(1);
                sourcePos = lines.position(i);
            }
        }
        return title == null ? new Header(null, null, null, periodYear, date, source, sourcePos)
                : new Header(title.organ, title.year, title.position, periodYear, date, source, sourcePos);
    }

    /** The report's title: organ, year and where it stands. */
    private record Title(String organ, int year, SourcePosition position) {
    }

    /** The first title found on one line, or else the first over two lines; null if none. */
    private static Title title(HeadLines lines) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < lines.size(); i++) {
                String text = pass == 0 ? oneLineTitle(lines, i) : twoLineTitle(lines, i);
                HeaderPatterns.Title m = text == null ? null : HeaderPatterns.title(text);
                if (m != null) {
                    // The organ before the year, or else after it: before it may stand only marks (# of a
                    // Markdown heading, a bullet), which cleaning leaves empty.
                    String before = cleanOrgan(m.before());
                    String candidate = before.isEmpty() ? cleanOrgan(m.between()) : before;
                    if (!candidate.isEmpty() && candidate.length() <= 40) {
                        return new Title(candidate, m.year(), lines.position(i));
                    }
                }
            }
        }
        return null;
    }

    /**
     * Line {@code i}, squeezed, if it may be a title; null if not. Its words are looked for once it is squeezed:
     * a PDF's title set with wide spacing is extracted a character and a space at a time ({@code 政 府 信 息}).
     */
    private static String oneLineTitle(HeadLines lines, int i) {
        if (lines.length(i) > MAX_TITLE || !lines.contains(i, "告")) {
            return null;
        }
        String title = squeeze(lines.get(i));
        return title.contains("报告") && title.contains("政府信息公开") ? title : null;
    }

    /** Line {@code i} and the next, squeezed and joined, if they may be a title broken over two lines; null if not. */
    private static String twoLineTitle(HeadLines lines, int i) {
        if (i + 1 >= lines.size() || lines.length(i) + lines.length(i + 1) > MAX_TITLE) {
            return null;
        }
        String line = lines.get(i);
        String next = lines.get(i + 1);
        if (next.indexOf("报告") < 0 || (line + next).indexOf("政府信息公") < 0) {
            return null;
        }
        return squeeze(line) + squeeze(next);
    }

    /** The date printed on a 时间/日期 line, or null if none (or not a real date). */
    private static LocalDate date(String line) {
        int[] printed = HeaderPatterns.date(squeeze(line));
        if (printed == null) {
            return null;
        }
        try {
            return LocalDate.of(printed[0], printed[1], printed[2]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A head line folded, without whitespace, and without a converter's Markdown markup: a title printed bold
     * ({@code **2025 年…报告**}) is a title, and its {@code **} no organ's name.
     */
    private static String squeeze(String line) {
        String f = Text.fold(MarkdownMarkup.blank(line));
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c == '：' ? ':' : c);
            }
        }
        return yearsInDigits(sb);
    }

    /** The numerals of the years written in Chinese ({@code 二〇二一年}, {@code 二零二一年}), as digits. */
    private static String yearsInDigits(StringBuilder s) {
        if (s.indexOf("〇") < 0 && s.indexOf("零") < 0) {
            return s.toString(); // every year of these reports written in Chinese has one
        }
        for (int at = s.indexOf("年"); at >= 4; at = s.indexOf("年", at + 1)) {
            int digits = 0;
            for (int k = at - 4; k < at && chineseDigit(s.charAt(k)) >= 0; k++) {
                digits++;
            }
            if (digits == 4 && (at == 4 || chineseDigit(s.charAt(at - 5)) < 0)) {
                for (int k = at - 4; k < at; k++) {
                    s.setCharAt(k, (char) ('0' + chineseDigit(s.charAt(k))));
                }
            }
        }
        return s.toString();
    }

    /** The value of a Chinese digit of a year, or -1. */
    private static int chineseDigit(char c) {
        if (c == '〇' || c == '零') {
            return 0;
        }
        int d = "一二三四五六七八九".indexOf(c);
        return d < 0 ? -1 : d + 1;
    }

    private static String cleanOrgan(String s) {
        int cut = Math.max(Math.max(s.lastIndexOf(':'), s.lastIndexOf('>')), s.lastIndexOf('》'));
        String t = cut >= 0 ? s.substring(cut + 1) : s;
        if (t.startsWith("正文")) {
            t = t.substring(2);
        }
        int b = 0;
        int e = t.length();
        while (b < e && !Character.isLetterOrDigit(t.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isLetterOrDigit(t.charAt(e - 1))) {
            e--;
        }
        return Text.stripMarkers(t.substring(b, e)); // a list's number before a title is no part of the name
    }
}
