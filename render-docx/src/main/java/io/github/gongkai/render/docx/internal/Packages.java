package io.github.gongkai.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes an OOXML package again, entry by entry in the same order, each with the same fixed time: POI stamps
 * every ZIP entry with the time of writing, and a document rendered twice must be the same bytes.
 */
final class Packages {

    /**
     * The time of every entry, as local (DOS) time: two seconds after the earliest a ZIP file can hold. For
     * 1980-01-01 00:00:00 itself, {@code java.util.zip} also writes an extended timestamp, in UTC from the default
     * time zone, so that the bytes would depend on the zone.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private Packages() {
    }

    /** A copy of a package, its entries deflated anew and all stamped {@link #ENTRY_TIME}. */
    static byte[] normalize(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1_024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            byte[] buffer = new byte[8_192];
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(ENTRY_TIME);
                copy.putNextEntry(fixed);
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    copy.write(buffer, 0, n);
                }
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
