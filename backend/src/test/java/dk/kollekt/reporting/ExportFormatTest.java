package dk.kollekt.reporting;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFormatTest {

    @Test
    void csvDefusesWhatASpreadsheetWouldRunAsAFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.TableWriter csv = ExportFormat.CSV.open(out, "Totals", "name", "amount");
        csv.row("=HYPERLINK(\"http://x\")", 5L);
        csv.row("+45 Bake sale", -3L);
        csv.row("Kantinen, Aarhus", null);
        csv.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("name,amount\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",5\r\n'+45 Bake sale,-3\r\n\"Kantinen, Aarhus\",\r\n");
    }

    @Test
    void xlsxKeepsNumbersAndDaysAsTypedCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.TableWriter xlsx = ExportFormat.XLSX.open(out, "Contributions", "day", "at", "amount", "name");
        xlsx.row(LocalDate.of(2026, 5, 17), Instant.parse("2026-05-17T10:15:30Z"), 12_345L, "=1+1");
        xlsx.finish();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCellAsDate(0)).hasValueSatisfying(d -> assertThat(d.toLocalDate()).isEqualTo("2026-05-17"));
            assertThat(row.getCellAsDate(1)).hasValueSatisfying(d -> assertThat(d).isEqualTo("2026-05-17T10:15:30"));
            assertThat(row.getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n.longValueExact()).isEqualTo(12_345L));
            assertThat(row.getCellAsString(3)).contains("=1+1");
        }
    }

    @Test
    void xlsxContinuesOnANewSheetWithTheHeaderWhenOneIsFull() throws IOException {
        int rows = 1_048_576 + 10; // a sheet holds 1,048,576 rows, the header included
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.TableWriter xlsx = ExportFormat.XLSX.open(out, "Contributions", "id");
        for (long id = 1; id <= rows; id++) {
            xlsx.row(id);
        }
        xlsx.finish();
        List<List<String>> read = ReportingResourceTest.xlsxRows(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read).hasSize(rows + 2);
        assertThat(read.get(1_048_575)).containsExactly("1048575");
        assertThat(read.get(1_048_576)).containsExactly("id");
        assertThat(read.get(1_048_577)).containsExactly("1048576");
        assertThat(read.getLast()).containsExactly(String.valueOf(rows));
    }
}
