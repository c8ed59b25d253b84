package io.github.gongkai.cli;

import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.reader.ReadingReport;
import io.github.gongkai.reader.SourceFormat;
import io.github.gongkai.validation.Confidence;
import io.github.gongkai.validation.FindingStatus;
import io.github.gongkai.validation.Severity;
import io.github.gongkai.validation.TypingError;

/**
 * The words of the CLI's text output that name the library's constants and counts, in the output's language,
 * so that Chinese output is Chinese throughout. JSON output keeps the constants' names: it is for programs.
 */
final class Words {

    private Words() {
    }

    static String severity(Severity severity, Lang lang) {
        return switch (severity) {
            case ERROR -> lang.t("错误", "ERROR");
            case WARNING -> lang.t("警告", "WARNING");
            case INFO -> lang.t("提示", "INFO");
        };
    }

    static String status(FindingStatus status, Lang lang) {
        return switch (status) {
            case FAILED -> lang.t("不成立", "FAILED");
            case NOT_ASSESSABLE -> lang.t("无法判断", "NOT_ASSESSABLE");
        };
    }

    static String confidence(Confidence confidence, Lang lang) {
        return switch (confidence) {
            case HIGH -> lang.t("可信度高", "HIGH");
            case MEDIUM -> lang.t("可信度中", "MEDIUM");
            case LOW -> lang.t("可信度低", "LOW");
        };
    }

    static String typingError(TypingError error, Lang lang) {
        return switch (error) {
            case DIGIT_CHANGED -> lang.t("一位数字输错", "DIGIT_CHANGED");
            case DIGITS_SWAPPED -> lang.t("相邻两位数字颠倒", "DIGITS_SWAPPED");
            case DIGIT_ADDED -> lang.t("多输了一位数字", "DIGIT_ADDED");
            case DIGIT_DROPPED -> lang.t("漏输了一位数字", "DIGIT_DROPPED");
        };
    }

    static String baseline(Baseline.Mark mark, Lang lang) {
        return switch (mark) {
            case NEW -> lang.t("新", "new");
            case CHANGED -> lang.t("有变化", "changed");
            case CONFIRMED -> lang.t("已确认", "confirmed");
            case DISMISSED -> lang.t("已排除", "dismissed");
        };
    }

    /** Why a cell was not read: the JSON key in English, a word in Chinese. */
    static String unread(UnreadReason reason, Lang lang) {
        return lang == Lang.en ? reason.key() : switch (reason) {
            case AMBIGUOUS -> "无法确定";
            case INCONSISTENT -> "数字自相矛盾";
            case NOT_FOUND -> "未找到";
            case DAMAGED -> "无法识读";
            case MERGED -> "合并印出";
        };
    }

    /** The kind of page read: the constant's name in English, a word in Chinese. */
    static String format(SourceFormat format, Lang lang) {
        return lang == Lang.en ? format.name() : switch (format) {
            case TEXT -> "纯文本";
            case MARKDOWN -> "Markdown";
            case HTML -> "HTML 网页";
            case PDF -> "PDF";
            case DOCX -> "Word（.docx）";
            case DOC -> "Word（.doc）";
        };
    }

    /** The reading's summary line: the reader's own in English, the same counts in Chinese. */
    static String reading(ReadingReport reading, Lang lang) {
        if (lang == Lang.en) {
            return reading.summary();
        }
        int ambiguous = reading.ambiguities().stream().mapToInt(a -> a.cells().size()).sum();
        return reading.edition().key() + " 年版，来自" + format(reading.format(), lang) + "：读出 " + reading.cellsRead().size()
                + " 个，空白 " + reading.blankCells().size() + " 个，无法确定 " + ambiguous + " 个，未找到 "
                + reading.notFound().size() + " 个，提示 " + reading.warnings().size() + " 条";
    }
}
