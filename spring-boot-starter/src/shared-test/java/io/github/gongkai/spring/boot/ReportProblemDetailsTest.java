package io.github.gongkai.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The advice's parts that a request does not reach: a hostile pointer, a body that failed for another reason. */
class ReportProblemDetailsTest {

    @Test
    void controlCharactersAndUnpairedSurrogatesAreWrittenAsEscapes() {
        assertEquals("/header/a\\u0000b", ReportProblemDetails.printable("/header/a\u0000b"));
        assertEquals("\\ud800x\\udc00", ReportProblemDetails.printable("\ud800x\udc00"));
        assertEquals("a\ud83d\ude00b\\u001f", ReportProblemDetails.printable("a\ud83d\ude00b\u001f"));
        String plain = "/T3/withheld.stateSecret/total";
        assertSame(plain, ReportProblemDetails.printable(plain));
    }

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
