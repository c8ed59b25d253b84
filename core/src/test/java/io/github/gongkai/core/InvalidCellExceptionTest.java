package io.github.gongkai.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class InvalidCellExceptionTest {

    private static final CellRef FEE_UNPAID = CellRef.parse("T3/otherDisposal.feeUnpaid/naturalPerson");

    @Test
    void messageNamesTheCellByKeyAndLabelAndSaysWhatIsWrong() {
        InvalidCellException e = new InvalidCellException(FEE_UNPAID, Edition.V2019, "no such cell in 2019");
        String message = e.getMessage();
        assertTrue(message.contains("T3/otherDisposal.feeUnpaid/naturalPerson"), message);
        assertTrue(message.contains("（六）其他处理"), message);
        assertTrue(message.contains("2.申请人逾期未按收费通知要求缴纳费用"), message);
        assertTrue(message.contains("自然人"), message);
        assertTrue(message.endsWith("no such cell in 2019"), message);
    }

    @Test
    void labelsFollowTheGivenEdition() {
        CellRef decisions = CellRef.parse("T2/licensing/decisions");
        assertTrue(new InvalidCellException(decisions, Edition.V2021, "x").getMessage().contains("本年处理决定数量"));
        String in2019 = new InvalidCellException(decisions, Edition.V2019, "x").getMessage();
        assertTrue(in2019.contains("/ 处理决定数量"), in2019);
    }

    @Test
    void cellIsTheReference() {
        InvalidCellException e = new InvalidCellException(FEE_UNPAID, Edition.V2021, "bad");
        assertEquals(FEE_UNPAID, e.cell());
    }

    @Test
    void isAnIllegalArgumentException() {
        assertInstanceOf(IllegalArgumentException.class, new InvalidCellException(FEE_UNPAID, Edition.V2021, "bad"));
    }

    @Test
    void nullCellIsRejected() {
        assertThrows(NullPointerException.class, () -> new InvalidCellException(null, Edition.V2021, "bad"));
    }

    @Test
    void survivesJavaSerialization() throws IOException, ClassNotFoundException {
        InvalidCellException original = new InvalidCellException(FEE_UNPAID, Edition.V2021, "a count must not be negative");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        Object read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = in.readObject();
        }
        InvalidCellException copy = assertInstanceOf(InvalidCellException.class, read);
        assertEquals(original.getMessage(), copy.getMessage());
        assertEquals(FEE_UNPAID, copy.cell());
    }
}
