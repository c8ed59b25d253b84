package io.github.gongkai.reader.pdf.internal;

/**
 * Tells a value from a label in a table printed without rules: a number (ASCII or full-width digits, with
 * separators, a sign and a unit) or a placeholder ({@code /}, {@code —}, {@code 无}). The reader decides what a
 * value means; this only tells where the values stand.
 */
final class ValueText {

    private ValueText() {
    }

    static boolean isValue(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.equals("无") || t.chars().allMatch(ValueText::isPlaceholder)) {
            return true;
        }
        int i = t.charAt(0) == '+' || t.charAt(0) == '-' || t.charAt(0) == '＋' || t.charAt(0) == '－' ? 1 : 0;
        boolean digit = false;
        while (i < t.length() && isNumberChar(t.charAt(i))) {
            digit |= Character.isDigit(t.charAt(i));
            i++;
        }
        String unit = t.substring(i);
        return digit && (unit.isEmpty() || unit.equals("元") || unit.equals("万元") || unit.equals("件")
                || unit.equals("个") || unit.equals("项") || unit.equals("条") || unit.equals("%"));
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == ',' || c == '.' || c == '，' || c == '．';
    }

    private static boolean isPlaceholder(int c) {
        return c == '/' || c == '／' || c == '-' || c == '—' || c == '–' || c == '－' || c == '\\' || c == '─';
    }
}
