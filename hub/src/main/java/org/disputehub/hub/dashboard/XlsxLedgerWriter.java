package org.disputehub.hub.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel sheet written by streaming: only a window of rows is held in memory, the rest goes to a temporary
 * file until the workbook is written out.
 */
class XlsxLedgerWriter implements LedgerWriter {

    private static final int ROWS_IN_MEMORY = 200;
    /** Width of a column in 1/256 of a character, wide enough for a date-time or a few names. */
    private static final int COLUMN_WIDTH = 18 * 256;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet = workbook.createSheet("纠纷台账");
    private int rows;

    XlsxLedgerWriter(OutputStream out, List<String> header) {
        this.out = out;
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        Row row = sheet.createRow(rows++);
        for (int column = 0; column < header.size(); column++) {
            row.createCell(column).setCellValue(header.get(column));
            row.getCell(column).setCellStyle(headerStyle);
            sheet.setColumnWidth(column, COLUMN_WIDTH);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(rows++);
        for (int column = 0; column < cells.size(); column++) {
            Object value = cells.get(column);
            if (value instanceof Number number) {
                row.createCell(column).setCellValue(number.doubleValue());
            } else {
                row.createCell(column).setCellValue(value == null ? "" : value.toString());
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
