package org.placemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.api.Csv.Num;

/** CSV quoting (RFC 4180) and spreadsheet formula neutralisation. */
class CsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        String csv = new Csv().row(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere")).toString();
        assertThat(csv).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
    }

    @Test
    void textCellsThatASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe() {
        String csv = new Csv().row(List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tx",
                "a=b", "'quoted")).toString();
        assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,'-2+3,'@SUM(A1),'\tx,a=b,'quoted\r\n");
    }

    @Test
    void numbersWrittenByTheAppStayNumbersEvenWhenNegative() {
        String csv = new Csv().row(Arrays.asList(Num.of(-4.25, 2), Num.of(12), Num.of((Double) null, 3), null, "")).toString();
        assertThat(csv).isEqualTo("-4.25,12,,,\r\n");
    }
}
