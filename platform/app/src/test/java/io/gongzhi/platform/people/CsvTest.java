package io.gongzhi.platform.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongzhi.platform.imports.control.Csv;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets write it. */
class CsvTest {

    @Test
    void quotesCommasLineBreaksAndTheByteOrderMark() {
        List<Csv.Row> rows = Csv.parse("\uFEFF姓名,地址\r\n王芳,\"幸福路8号, 3单元\"\r\n\r\n\"李\"\"娟\",\"两行\n地址\"\n赵强,");
        assertEquals(4, rows.size());
        assertEquals(List.of("姓名", "地址"), rows.get(0).fields());
        assertEquals(List.of("王芳", "幸福路8号, 3单元"), rows.get(1).fields());
        assertEquals(List.of("李\"娟", "两行\n地址"), rows.get(2).fields());
        assertEquals(4, rows.get(2).line(), "the blank line 3 is skipped, line numbers stay the file's");
        assertEquals(6, rows.get(3).line());
        assertEquals(List.of("赵强", ""), rows.get(3).fields());
    }
}
