package io.github.gongkai.validation.internal;

/**
 * Exact integer row operations for the search behind {@link io.github.gongkai.validation.ErrorLocator}:
 * fraction-free elimination that throws {@link ArithmeticException} on overflow rather than round. Not part of
 * the API.
 */
final class ExactRows {

    private ExactRows() {
    }

    /**
     * Eliminates column {@code col} from {@code row} with {@code pivot}: {@code row × p - pivot × r}, where
     * {@code p} and {@code r} are their entries in the column, then divides by the common divisor. Exact; throws
     * {@link ArithmeticException} on overflow.
     */
    static void combine(long[] row, long[] pivot, int col) {
        long g = scaleAndSubtract(row, pivot, pivot[col], row[col], 0);
        divide(row, g);
    }

    static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Row {@code r} minus a multiple of the pivot row, fraction-free, with the combinations kept alike. */
    static void eliminate(long[] r, long[] yr, long[] pivot, long[] yp, int col) {
        long p = pivot[col];
        long f = r[col];
        long g = scaleAndSubtract(yr, yp, p, f, scaleAndSubtract(r, pivot, p, f, 0));
        divide(r, g);
        divide(yr, g);
    }

    /**
     * Sets {@code row} to {@code row * p - other * f}, exactly, and returns the common divisor of its entries and
     * {@code g}.
     */
    private static long scaleAndSubtract(long[] row, long[] other, long p, long f, long g) {
        for (int i = 0; i < row.length; i++) {
            row[i] = Math.subtractExact(Math.multiplyExact(row[i], p), Math.multiplyExact(other[i], f));
            g = gcd(g, row[i]);
        }
        return g;
    }

    /** Divides every entry by {@code g}, a divisor of them all, unless it is 0 or 1. */
    private static void divide(long[] row, long g) {
        if (g > 1) {
            for (int i = 0; i < row.length; i++) {
                row[i] /= g;
            }
        }
    }

    static void swap(long[][] a, int i, int j) {
        long[] x = a[i];
        a[i] = a[j];
        a[j] = x;
    }

}
