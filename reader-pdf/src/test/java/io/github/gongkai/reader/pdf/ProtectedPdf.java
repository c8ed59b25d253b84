package io.github.gongkai.reader.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Encrypts a PDF as publishers do, with PDFBox's {@link StandardProtectionPolicy} (AES, 128-bit key): with a user
 * password, so that nobody can open it without the password; or with an owner password only (an empty user
 * password), which any viewer opens without asking — organs do this to forbid editing or copying, and such a
 * file must be read like any other.
 */
final class ProtectedPdf {

    static final String OWNER_PASSWORD = "owner-secret";
    static final String USER_PASSWORD = "user-secret";

    private ProtectedPdf() {
    }

    /**
     * Encrypts a PDF with a user password (and an owner password).
     *
     * @param pdf the PDF
     * @return the encrypted PDF, which opens only with {@link #USER_PASSWORD} or {@link #OWNER_PASSWORD}
     */
    static byte[] withUserPassword(byte[] pdf) {
        return encrypt(pdf, USER_PASSWORD);
    }

    /**
     * Encrypts a PDF with an owner password only, forbidding copying and editing.
     *
     * @param pdf the PDF
     * @return the encrypted PDF, which opens without a password
     */
    static byte[] withOwnerPasswordOnly(byte[] pdf) {
        return encrypt(pdf, "");
    }

    private static byte[] encrypt(byte[] pdf, String userPassword) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(OWNER_PASSWORD, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            policy.setPreferAES(true);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
