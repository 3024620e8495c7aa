package dk.kollekt.reporting;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The file formats of the exports. Each writes its rows as they come, so a long export streams in flat memory. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** A table written a row at a time. Cells are String, Number, LocalDate, Instant (written in UTC) or null. */
    interface TableWriter {
        void row(Object... cells) throws IOException;

        void finish() throws IOException;
    }

    /** A writer of this format whose first row is {@code header}; {@code title} names the sheet where there is one. */
    TableWriter open(OutputStream out, String title, String... header) throws IOException {
        TableWriter writer = this == CSV ? new Csv(out) : new Xlsx(out, title, header);
        if (this == CSV) {
            writer.row((Object[]) header);
        }
        return writer;
    }

    /** A name that a spreadsheet would run as a formula gets a leading apostrophe (CSV has no cell types). */
    static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static final class Csv implements TableWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024),
                    CSVFormat.RFC4180);
        }

        @Override
        public void row(Object... cells) throws IOException {
            for (Object cell : cells) {
                printer.print(cell instanceof String text ? safe(text) : cell);
            }
            printer.println();
        }

        @Override
        public void finish() throws IOException {
            printer.flush();
        }
    }

    /**
     * Office Open XML through fastexcel: strings inline (no shared-string table growing with the rows), the rows
     * flushed to the zip stream every thousand, and a new sheet, header repeated, when one is full.
     */
    private static final class Xlsx implements TableWriter {
        static final int ROWS_PER_SHEET = 1_048_576;
        private static final int FLUSH_EVERY = 1000;

        private final Workbook workbook;
        private final String title;
        private final String[] header;
        private Worksheet sheet;
        private int sheets;
        private int row;

        Xlsx(OutputStream out, String title, String[] header) {
            this.workbook = new Workbook(out, "Kollekt", "1.0");
            this.title = title;
            this.header = header;
        }

        @Override
        public void row(Object... cells) throws IOException {
            if (sheet == null || row == ROWS_PER_SHEET) {
                nextSheet();
            }
            write(cells);
            if (row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        private void nextSheet() throws IOException {
            if (sheet != null) {
                sheet.finish();
            }
            sheets++;
            sheet = workbook.newWorksheet(sheets == 1 ? title : title + " " + sheets);
            sheet.freezePane(0, 1);
            row = 0;
            write(header);
            for (int c = 0; c < header.length; c++) {
                sheet.style(0, c).bold().set();
            }
        }

        private void write(Object[] cells) {
            for (int c = 0; c < cells.length; c++) {
                switch (cells[c]) {
                    case null -> { }
                    case String text -> sheet.inlineString(row, c, text);
                    case Number number -> sheet.value(row, c, number);
                    case LocalDate day -> {
                        sheet.value(row, c, day);
                        sheet.style(row, c).format("yyyy-mm-dd").set();
                    }
                    case Instant instant -> {
                        sheet.value(row, c, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                        sheet.style(row, c).format("yyyy-mm-dd hh:mm:ss").set();
                    }
                    default -> sheet.inlineString(row, c, cells[c].toString());
                }
            }
            row++;
        }

        @Override
        public void finish() throws IOException {
            if (sheet == null) {
                nextSheet();
            }
            workbook.finish();
        }
    }
}
