package org.hongtou.batch;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Concatenates the batch's PDFs (000000.pdf, 000001.pdf… in a folder) into one, for a reviewer
 * who wants to page through a county's reports in one file. Dates are fixed so the same batch
 * gives the same dates (the file /ID is OpenPDF's and may differ).
 */
final class PdfConcatenation {

    private PdfConcatenation() {
    }

    static void concatenate(Path dir, int count, OutputStream out) throws IOException {
        Document doc = new Document();
        PdfCopy copy = new PdfCopy(doc, out);
        Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        fixed.clear();
        fixed.set(2000, Calendar.JANUARY, 1);
        doc.addCreationDate(new PdfDate(fixed));
        doc.addModificationDate(new PdfDate(fixed));
        doc.open();
        for (int i = 0; i < count; i++) {
            PdfReader reader = new PdfReader(dir.resolve(String.format("%06d.pdf", i)).toString());
            try {
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    copy.addPage(copy.getImportedPage(reader, page));
                }
                copy.freeReader(reader);
            } finally {
                reader.close();
            }
        }
        doc.close();
    }
}
