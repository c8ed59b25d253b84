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
        String organ = null;
        Integer year = null;
        SourcePosition titlePos = null;
        Integer periodYear = null;
        LocalDate date = null;
        String source = null;
        SourcePosition sourcePos = null;
        int n = lines.size();
        for (int pass = 0; pass < 2 && organ == null; pass++) {
            for (int i = 0; i < n && organ == null; i++) {
                String line = lines.get(i);
                String s;
                if (pass == 0) {
                    if (line.length() > MAX_TITLE || line.indexOf("报告") < 0 || line.indexOf("政府信息公开") < 0) {
                        continue;
                    }
                    s = squeeze(line);
                } else {
                    if (i + 1 >= n) {
                        break;
                    }
                    String next = lines.get(i + 1);
                    if (line.length() + next.length() > MAX_TITLE || next.indexOf("报告") < 0
                            || (line + next).indexOf("政府信息公") < 0) {
                        continue;
                    }
                    s = squeeze(line) + squeeze(next);
                }
                Matcher m = TITLE.matcher(s);
                if (m.find()) {
                    String candidate = cleanOrgan(m.group(1).isEmpty() ? m.group(3) : m.group(1));
                    if (!candidate.isEmpty() && candidate.length() <= 40) {
                        organ = candidate;
                        year = Integer.valueOf(m.group(2));
                        titlePos = positions.get(i);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            if (date == null && line.length() <= MAX_TITLE && (line.indexOf("时间") >= 0 || line.indexOf("日期") >= 0)) {
                Matcher m = DATE.matcher(squeeze(line));
                if (m.find()) {
                    try {
                        date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)));
                    } catch (DateTimeException e) {
                        date = null;
                    }
                }
            }
            if (periodYear == null && line.indexOf("1月1日") >= 0) {
                Matcher m = PERIOD.matcher(line);
                if (m.find()) {
                    periodYear = Integer.valueOf(m.group(1));
                }
            }
            if (source == null && line.indexOf("http") >= 0) {
                Matcher m = URL.matcher(squeeze(line));
                if (m.find()) {
                    source = m.group(1);
                    sourcePos = positions.get(i);
                }
            }
        }
        return new Header(organ, year, titlePos, periodYear, date, source, sourcePos);
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
