package io.github.gongkai.reader.internal;

import io.github.gongkai.reader.SourcePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the organ, year, publication date and source address from the first lines of a page. */
final class HeaderReader {

    private static final Pattern TITLE = Pattern.compile(
            "^(.*?)((?:19|20)\\d{2})年度?(.*?)政府信息公开(?:工作)?(?:年度)?报告",
            // DOTALL: a stray U+0085 or U+2028 in a title must not hide it (it is removed from the organ later).
            Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile(
            "(?:发布时间|发布日期|成文日期|时间|日期)[:]?((?:19|20)\\d{2})[-年/.](\\d{1,2})[-月/.](\\d{1,2})");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})年1月1日");
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
        Integer periodYear = periodYear(lines);
        LocalDate date = date(lines);
        String source = null;
        SourcePosition sourcePos = null;
        for (int i = lines.nextContaining(0, "http"); source == null && i < lines.size();
                i = lines.nextContaining(i + 1, "http")) {
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

    /**
     * The first title found on one line, or else the first over two lines; null if none. Only lines holding the
     * title's words are looked at: one holding 政府信息公开 for a one-line title, one followed by a line holding
     * 报告 for a title broken over two.
     */
    private static Title title(HeadLines lines) {
        for (int i = lines.nextContaining(0, "政府信息公开"); i < lines.size();
                i = lines.nextContaining(i + 1, "政府信息公开")) {
            Title title = title(lines, i, oneLineTitle(lines, i));
            if (title != null) {
                return title;
            }
        }
        for (int next = lines.nextContaining(1, "报告"); next < lines.size();
                next = lines.nextContaining(next + 1, "报告")) {
            Title title = title(lines, next - 1, twoLineTitle(lines, next - 1));
            if (title != null) {
                return title;
            }
        }
        return null;
    }

    /** The title that {@code text}, made of line {@code i} (and maybe the next), prints; null if none. */
    private static Title title(HeadLines lines, int i, String text) {
        Matcher m = text == null ? null : TITLE.matcher(text);
        if (m != null && m.find()) {
            String candidate = cleanOrgan(m.group(1).isEmpty() ? m.group(3) : m.group(1));
            if (!candidate.isEmpty() && candidate.length() <= 40) {
                return new Title(candidate, Integer.parseInt(m.group(2)), lines.position(i));
            }
        }
        return null;
    }

    /** Line {@code i}, squeezed, if it may be a title; null if not. */
    private static String oneLineTitle(HeadLines lines, int i) {
        if (lines.length(i) > MAX_TITLE || !lines.contains(i, "报告")) {
            return null;
        }
        return squeeze(lines.get(i));
    }

    /** Line {@code i} and the next, squeezed and joined, if they may be a title broken over two lines; null if not. */
    private static String twoLineTitle(HeadLines lines, int i) {
        if (lines.length(i) + lines.length(i + 1) > MAX_TITLE) {
            return null;
        }
        String line = lines.get(i);
        String next = lines.get(i + 1);
        if ((line + next).indexOf("政府信息公") < 0) {
            return null;
        }
        return squeeze(line) + squeeze(next);
    }

    /** The year of the first 1月1日 that starts a year printed in full (the statistics period); null if none. */
    private static Integer periodYear(HeadLines lines) {
        for (int i = lines.nextContaining(0, "1月1日"); i < lines.size(); i = lines.nextContaining(i + 1, "1月1日")) {
            Matcher m = PERIOD.matcher(lines.get(i));
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** The date of the first line of at most {@link #MAX_TITLE} characters holding 时间 or 日期 and a date; null if none. */
    private static LocalDate date(HeadLines lines) {
        int time = lines.nextContaining(0, "时间");
        int day = lines.nextContaining(0, "日期");
        while (Math.min(time, day) < lines.size()) {
            int i = Math.min(time, day);
            LocalDate date = lines.length(i) <= MAX_TITLE ? date(lines.get(i)) : null;
            if (date != null) {
                return date;
            }
            time = time == i ? lines.nextContaining(i + 1, "时间") : time;
            day = day == i ? lines.nextContaining(i + 1, "日期") : day;
        }
        return null;
    }

    /** The date printed on a 时间/日期 line, or null if none (or not a real date). */
    private static LocalDate date(String line) {
        Matcher m = DATE.matcher(squeeze(line));
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String squeeze(String line) {
        String f = Text.fold(line);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c == '：' ? ':' : c);
            }
        }
        return sb.toString();
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
        return t.substring(b, e);
    }
}
