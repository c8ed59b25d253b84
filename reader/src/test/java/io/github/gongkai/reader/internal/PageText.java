package io.github.gongkai.reader.internal;

import java.util.SplittableRandom;

/** Random lines made of what report pages are made of, for tests that compare two ways of doing one thing. */
final class PageText {

    private static final String[] PIECES = {"本年", "新收", "政府信息公开", "申请", "数量", "其他", "主动公开", "收到和处理",
        "复议", "诉讼", "问题", "改进", "其他需要报告", "总体情况", "一、", "三、", "（一）", "(二)", "1.", "2．", "、", "，",
        "。", "：", ":", "“", "”", "【", "】", "[", "]", "「", " ", "  ", "\t", "\u3000", "\u00A0", "\u2028", "\u200B",
        "\uFEFF", "0", "7", "12", "2021", "1,234", "3.5", "+3", "-2", "－", "—", "/", "\\", "无", "件", "元", "万元", "人次",
        "次", "０", "１２", "①", "Ⅱ", "⑴", "ｱ", "A", "x", "|", "(", ")", "第", "页", "\u0001", "本年制发件数", "规章",
        "结转下一年度继续办理", "逾期不补正", "政府集中采购"};

    private PageText() {
    }

    /** A line of up to {@code maxPieces} pieces. */
    static String line(SplittableRandom random, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
