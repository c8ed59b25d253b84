package io.github.gongkai.core.internal;

import io.github.gongkai.core.PrintedRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings of a {@link PrintedRun}, as {@link PrintedRun#readings(int)} defines them and in its order, in
 * time bounded by the number of readings asked for, as primitive arrays for gongkai's own modules (the
 * validator tries thousands of them); {@link PrintedRun#readings(int)} boxes them. Not public API: a table of which suffixes of the digits can be cut into
 * how many numbers is made first, and the enumeration enters only cuts that lead to a reading. (Enumerating
 * by trial visits dead ends whose number grows exponentially with the pieces: fifteen digits per piece and
 * seven pieces take seconds.)
 */
public final class RunCuts {

    private RunCuts() {
    }

    /**
     * Returns the readings of a run, at most {@code limit}.
     *
     * @param run the run
     * @param limit the most readings to return, at least 0
     * @return the readings, each an array of {@link PrintedRun#pieces()} numbers, in the order of
     *     {@link PrintedRun#readings(int)}
     */
    public static List<long[]> readings(PrintedRun run, int limit) {
        String text = run.text();
        int pieces = run.pieces();
        int length = text.length() - countSpaces(text);
        char[] digits = new char[length];
        int[] groupEnd = new int[length];
        int d = 0;
        int groupStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                for (int j = groupStart; j < d; j++) {
                    groupEnd[j] = d;
                }
                groupStart = d;
            } else {
                digits[d++] = text.charAt(i);
            }
        }
        // feasible[p][k]: the digits from p, p the start of a number, can be cut into exactly k numbers.
        boolean[][] feasible = new boolean[length + 1][pieces + 1];
        feasible[length][0] = true;
        for (int p = length - 1; p >= 0; p--) {
            int longest = longest(digits, groupEnd, p);
            for (int k = 1; k <= pieces; k++) {
                for (int l = 1; l <= longest && !feasible[p][k]; l++) {
                    feasible[p][k] = feasible[p + l][k - 1];
                }
            }
        }
        List<long[]> out = new ArrayList<>();
        if (limit > 0 && feasible[0][pieces]) {
            cut(digits, groupEnd, feasible, 0, new long[pieces], 0, limit, out);
        }
        return out;
    }

    /** The most digits the number starting at {@code p} may have: none past its group, one if it starts with 0. */
    private static int longest(char[] digits, int[] groupEnd, int p) {
        return digits[p] == '0' ? 1 : Math.min(PrintedRun.MAX_DIGITS, groupEnd[p] - p);
    }

    private static void cut(char[] digits, int[] groupEnd, boolean[][] feasible, int p, long[] numbers, int n,
            int limit, List<long[]> out) {
        if (n == numbers.length) {
            out.add(numbers.clone());
            return;
        }
        int longest = longest(digits, groupEnd, p);
        long value = 0;
        for (int l = 1; l <= longest && out.size() < limit; l++) {
            value = value * 10 + (digits[p + l - 1] - '0');
            if (feasible[p + l][numbers.length - n - 1]) {
                numbers[n] = value;
                cut(digits, groupEnd, feasible, p + l, numbers, n + 1, limit, out);
            }
        }
    }

    private static int countSpaces(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces;
    }
}
