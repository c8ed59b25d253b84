package io.github.gongkai.validation.internal;

import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of a finding: what it is about, never where it was printed or how it is worded. Not API;
 * {@code Finding.fingerprint()} documents the contract.
 */
public final class Fingerprints {

    /** The prefix of every fingerprint: the algorithm's version, so that a later one never collides with it. */
    public static final String PREFIX = "gk1:";

    private Fingerprints() {
    }

    /**
     * Computes a fingerprint.
     *
     * @param rule the rule's id with its revision, such as {@code T3.ROW_TOTAL.1}
     * @param status the finding's status, such as {@code FAILED}
     * @param subject the finding's subject
     * @param cells the cells involved, in the finding's order
     * @param values their printed values, in the same order
     * @return {@value #PREFIX} and 32 lower-case hexadecimal digits (128 bits of SHA-256)
     */
    public static String of(String rule, String status, String subject, List<CellRef> cells,
            List<CellValue> values) {
        StringBuilder text = new StringBuilder(64 + 48 * cells.size());
        text.append(rule).append('\n').append(status).append('\n').append(subject).append('\n');
        for (int i = 0; i < cells.size(); i++) {
            text.append(cells.get(i)).append('=').append(canonical(values.get(i))).append('\n');
        }
        byte[] digest = sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
    }

    /** A value as text that tells every kind apart: a count 0, a blank, a placeholder 0 cannot collide. */
    static String canonical(CellValue value) {
        if (value instanceof CellValue.Count count) {
            return "count:" + count.value();
        }
        if (value instanceof CellValue.SignedCount signed) {
            return "signed:" + signed.value();
        }
        if (value instanceof CellValue.Amount amount) {
            return "amount:" + amount.value().toPlainString() + ":" + amount.unit().name();
        }
        if (value instanceof CellValue.NotApplicable mark) {
            return "na:" + mark.placeholder();
        }
        if (value instanceof CellValue.Unread unread) {
            return "unread:" + unread.reason().key() + unread.run().map(r -> ":" + r.text() + "#" + r.piece())
                    .orElse("") + unread.total().map(t -> ":total=" + t.value() + t.cells()).orElse("");
        }
        return "blank";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
