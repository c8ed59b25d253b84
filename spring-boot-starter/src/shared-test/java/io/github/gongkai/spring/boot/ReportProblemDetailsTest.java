package io.github.gongkai.spring.boot;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** The advice's part that a request does not reach: a body that failed for another reason. */
class ReportProblemDetailsTest {

    @Test
    void aBodyThatFailedForAnotherReasonIsDeclined() {
        HttpMessageNotReadableException e = new HttpMessageNotReadableException("no body",
                new IllegalStateException("not a report"), new EmptyMessage());
        assertTrue(ReportProblemDetails.unreadable(e, Locale.ENGLISH).isEmpty());
        assertSame(e, assertThrows(HttpMessageNotReadableException.class,
                () -> new ReportProblemDetails().handle(e, Locale.ENGLISH)));
    }

    /** An HTTP message with no body, as the exception wants one. */
    private static final class EmptyMessage implements HttpInputMessage {
        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public HttpHeaders getHeaders() {
            return new HttpHeaders();
        }
    }
}
