package io.gongzhi.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongzhi.platform.imports.control.Csv;
import io.gongzhi.platform.imports.control.Xlsx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading the first sheet of a workbook as districts fill it in. */
class XlsxTest {

    @Test
    void textNumbersGapsAndBlankRowsAsExcelShowsThem() throws IOException {
        byte[] file = workbook();
        List<Csv.Row> rows = Xlsx.read(new ByteArrayInputStream(file));
        assertEquals(3, rows.size());
        assertEquals(List.of("姓名", "电话", "单位"), rows.get(0).fields());
        assertEquals(
                List.of("王芳", "13912345678", "nanyuan/lanhua"), rows.get(1).fields(), "a number as shown, not 1.39E10");
        assertEquals(4, rows.get(2).line(), "the blank row 3 is skipped, lines stay the sheet's");
        assertEquals(List.of("李娟", "", "nanyuan/lanhua"), rows.get(2).fields(), "an empty cell keeps its column");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Xlsx.read(new ByteArrayInputStream("姓名,单位\n".getBytes())));
    }

    /** The workbook of the test: a header, a row, a blank row, a row with a gap. */
    public static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("居民");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("姓名");
            h.createCell(1).setCellValue("电话");
            h.createCell(2).setCellValue("单位");
            var r = s.createRow(1);
            r.createCell(0).setCellValue("王芳");
            r.createCell(1).setCellValue(13912345678d);
            r.createCell(2).setCellValue("nanyuan/lanhua");
            var gap = s.createRow(3);
            gap.createCell(0).setCellValue("李娟");
            gap.createCell(2).setCellValue("nanyuan/lanhua");
            wb.write(out);
            return out.toByteArray();
        }
    }
}
